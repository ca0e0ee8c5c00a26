"""Keep cached support-map links fresh when the directory page changes."""

from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished

from organisations.models import DirectoryPage
from organisations.templatetags.organisation_tags import clear_support_map_url_cache


def _clear(sender, **kwargs):
    clear_support_map_url_cache()


def connect():
    for signal in (page_published, page_unpublished, post_delete):
        signal.connect(
            _clear, sender=DirectoryPage, dispatch_uid=f"orgmap-{id(signal)}"
        )
