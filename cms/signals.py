"""Clear cached pages and fragments whenever public content changes."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from wagtail import signals as wagtail_signals
from wagtail.models import Locale, Page, PageViewRestriction, Site

from .models import FooterLink, HelpLine, SiteSettings, SocialLink
from .site_cache import bump_content_version

# Saving any of these changes what every page shows around its content, or (a
# view restriction) who may see a page and the menus listing it.
SITE_WIDE_MODELS = (
    HelpLine,
    SiteSettings,
    FooterLink,
    SocialLink,
    Site,
    Locale,
    PageViewRestriction,
)
# Other models whose rows a public page shows, by "app_label.ModelName". Seats
# left are not among them: registrations clear only the pages that show seats
# (events.registration.seats_changed).
DEFAULT_PURGE_MODELS = []


def _purges(sender, instance):
    return (
        isinstance(instance, Page)
        or issubclass(sender, SITE_WIDE_MODELS)
        or sender._meta.label
        in getattr(settings, "PAGE_CACHE_PURGE_MODELS", DEFAULT_PURGE_MODELS)
        or _is_snippet(sender)
    )


def _is_snippet(model):
    from wagtail.snippets.models import get_snippet_models

    return model in get_snippet_models()


def on_publication_change(sender, instance, **kwargs):
    bump_content_version(f"{sender.__name__} {instance.pk}")


def on_model_change(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    # Page saves count too: they include title and slug changes a menu shows,
    # and test data created without publishing.
    if _purges(sender, instance):
        bump_content_version(f"{sender.__name__} {instance.pk}")


def on_delete(sender, instance, **kwargs):
    if _purges(sender, instance):
        bump_content_version(f"{sender.__name__} {instance.pk} deleted")


def connect():
    wagtail_signals.page_published.connect(on_publication_change)
    wagtail_signals.page_unpublished.connect(on_publication_change)
    wagtail_signals.published.connect(on_publication_change)
    wagtail_signals.unpublished.connect(on_publication_change)
    wagtail_signals.post_page_move.connect(on_publication_change)
    post_save.connect(on_model_change, dispatch_uid="cms-cache-save")
    post_delete.connect(on_delete, dispatch_uid="cms-cache-delete")
