import pytest
from wagtail.models import Locale, Page

from organisations.models import DirectoryPage


@pytest.fixture
def site_root(db):
    """The page the default Site serves (the Japanese home page in production)."""
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def directory_page(site_root):
    page = DirectoryPage(title="支援団体マップ", slug="map")
    Page.add_child(site_root, instance=page) if False else site_root.add_child(
        instance=page
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def en_locale(db):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def en_directory_page(directory_page, en_locale):
    page = directory_page.copy_for_translation(en_locale, copy_parents=True)
    page.title = "Support map"
    page.save_revision().publish()
    return page
