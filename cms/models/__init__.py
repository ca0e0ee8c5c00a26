"""Site-wide models: help lines and the site settings every page reads."""

from .help_lines import HelpLine
from .site_settings import FooterLink, SiteSettings, SocialLink

__all__ = ["FooterLink", "HelpLine", "SiteSettings", "SocialLink"]
