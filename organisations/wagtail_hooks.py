from wagtail.snippets.models import register_snippet

from organisations.viewsets import OrganisationsGroup

register_snippet(OrganisationsGroup)
