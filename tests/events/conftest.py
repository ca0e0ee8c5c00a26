"""A Japanese home page with an events index, shared by the events tests."""

import pytest
from django.core.cache import cache
from wagtail.models import Locale, Page, Site

# The browser tests here reuse the shared Playwright fixtures.
from tests.browser.conftest import (  # noqa: F401
    browser,
    no_js_page,
    page,
    site_url,
)
from tests.events.factories import make_event, make_index, publish


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def locales(db):
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code in ("ja", "en")
    }


@pytest.fixture
def home(locales):
    from home.models import HomePage

    root = Page.get_first_root_node()
    if root is None:
        # A transactional test before this one flushed what migrations created
        # and the serialized copy was not restored: rebuild the tree's root.
        root = Page.add_root(instance=Page(title="Root", locale=locales["ja"]))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", is_default_site=True, root_page=root)
    welcome = site.root_page if site.root_page_id != root.pk else None
    home = root.add_child(
        instance=HomePage(
            title="ホーム",
            slug="home-ja",
            hero_heading="ひとりで抱えこまないで。",
            hero_message="相談することは、弱いことではありません。",
            locale=locales["ja"],
        )
    )
    site.root_page = home
    site.save()
    if welcome is not None:
        welcome.delete()
    home.refresh_from_db()
    return publish(home)


@pytest.fixture
def index(home):
    return make_index(home)


@pytest.fixture
def event_factory(index):
    def build(**fields):
        return make_event(index, **fields)

    return build
