import pytest
from wagtail.models import Locale, Site

from organisations.models import DirectoryPage

# Browser tests in this folder reuse the shared Chromium fixtures.
from tests.browser.conftest import (  # noqa: F401
    browser,
    no_js_page,
    page,
    phone_page,
    site_url,
)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Start every test with an empty cache.

    Wagtail caches the site root paths and this app caches the support map's
    URL; with Redis, entries from another test (or another run) would point at
    pages that no longer exist.
    """
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_root(db):
    """The page the default Site serves (the Japanese home page in production)."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def directory_page(site_root):
    directory = DirectoryPage(title="支援団体マップ", slug="map")
    site_root.add_child(instance=directory)
    directory.save_revision().publish()
    return directory


@pytest.fixture
def en_locale(db):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def en_directory_page(directory_page, en_locale):
    translation = directory_page.copy_for_translation(en_locale, copy_parents=True)
    translation.title = "Support map"
    translation.save_revision().publish()
    return translation
