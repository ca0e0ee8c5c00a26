"""Admin screens: the distress word list."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import DistressTerm


class DistressTermViewSet(SnippetViewSet):
    model = DistressTerm
    icon = "warning"
    menu_label = _("Distress words")
    url_prefix = "distress-words"
    list_display = ["phrase", "active", "note"]
    list_filter = ["active"]
    # A substring search over a short list handles Japanese without an index.
    search_backend_name = None
    search_fields = ["phrase", "note"]
