"""A Japanese site tree for the editorial pages, and English translations of it."""

import pytest
from wagtail.models import Page, Site

from .factories import ArticleIndexPageFactory, HomePageFactory


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def home(locales):
    """The Japanese HomePage as the default site's root (as the demo loader does)."""
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    page = HomePageFactory(parent=Page.get_first_root_node())
    site.root_page = page
    site.save()
    welcome.delete()
    page.refresh_from_db()
    return page


@pytest.fixture
def index(home):
    page = ArticleIndexPageFactory(parent=home)
    home.refresh_from_db()
    return page


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(page, locale):
    """A published translation made through wagtail-localize, as an editor would."""
    from wagtail_localize.models import TranslationSource

    source, _ = TranslationSource.get_or_create_from_instance(page)
    translated, _ = source.create_or_update_translation(
        locale, publish=False, fallback=True
    )
    translated.get_latest_revision().publish()
    translated.refresh_from_db()
    return translated
