from wagtail.snippets.models import register_snippet

from .viewsets import HelpLineViewSet

register_snippet(HelpLineViewSet)
