from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    """Site-wide pieces: help lines, site settings, health check, page cache."""

    name = "cms"
    verbose_name = _("Site")
