from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteSearchConfig(AppConfig):
    """Japanese-aware site search over pages and organisations."""

    name = "cms.search"
    label = "sitesearch"
    verbose_name = _("Site search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import distress  # noqa: F401 - connects the cache-clearing signals
