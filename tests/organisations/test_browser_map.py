"""The support map in Chromium: filters update list and map, no-JS, axe."""

import re

import pytest

from tests.browser.helpers import assert_no_serious_axe_violations, horizontal_overflow
from tests.organisations.factories import OrganisationFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def ensure_migrated_data():
    """Recreate what migrations put in the database, if a flush removed it.

    Live-server tests are transactional: the database is flushed after each and
    restored from the snapshot taken after migrations, but after a
    non-transactional test in the same session it was sometimes left empty
    (tests/browser/test_editorial_pages.py saw the same). Wagtail's root, the
    default site and the support map's reference data are put back here.
    """
    import importlib

    from django.apps import apps
    from wagtail.models import Locale, Page, Site

    if Page.get_first_root_node() is None:
        locale, _created = Locale.objects.get_or_create(language_code="ja")
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
        welcome = root.add_child(instance=Page(title="Welcome", slug="home"))
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": welcome},
        )
    seed = importlib.import_module("organisations.migrations.0002_reference_data")
    seed.seed(apps, None)


@pytest.fixture
def migrated(transactional_db):
    ensure_migrated_data()


@pytest.fixture
def map_data(migrated, directory_page, settings):
    # No tile requests leave the test machine.
    settings.MAP_TILE_URL = "/static/no-tiles/{z}/{x}/{y}.png"
    from organisations.models import Municipality

    chichibu = Municipality.objects.get(code="112071")
    for n in range(3):
        OrganisationFactory(
            slug=f"hiki-{n}",
            name=f"ひきこもり相談{n}",
            categories=["hikikomori"],
            location=f"SRID=4326;POINT({139.40 + n * 0.05} {35.90 + n * 0.03})",
        )
    for n in range(2):
        OrganisationFactory(
            slug=f"food-{n}",
            name=f"フードパントリー{n}",
            categories=["food"],
            municipality=chichibu,
            location=f"SRID=4326;POINT({139.08 + n * 0.05} {35.99})",
        )
    OrganisationFactory(
        slug="shelter",
        name="シェルター",
        categories=["hikikomori"],
        confidential_location=True,
    )
    return directory_page


def marker_count(page):
    return page.locator("[data-map-slot]").get_attribute("data-marker-count")


def test_filtering_updates_list_and_map(page, site_url, map_data):
    page.goto(site_url("/ja/map/"))
    page.wait_for_function(
        "document.querySelector('[data-map-slot]').dataset.markerCount === '5'"
    )
    assert page.locator(".directory__list > li").count() == 6
    assert page.locator(".leaflet-container").is_visible()

    page.select_option("#filter-category", "hikikomori")
    page.wait_for_function(
        "document.querySelector('[data-map-slot]').dataset.markerCount === '3'"
    )
    page.wait_for_function(
        "document.querySelectorAll('.directory__list > li').length === 4"
    )
    assert "category=hikikomori" in page.url
    # The confidential organisation is listed but never on the map.
    assert page.locator(".directory__list").get_by_text("シェルター").count() == 1

    page.go_back()
    page.wait_for_function(
        "document.querySelector('[data-map-slot]').dataset.markerCount === '5'"
    )


def test_show_on_map_opens_the_marker_popup_by_keyboard(page, site_url, map_data):
    page.goto(site_url("/ja/map/?category=food"))
    page.wait_for_function(
        "document.querySelector('[data-map-slot]').dataset.markerCount === '2'"
    )
    button = page.locator("[data-org='food-0'] [data-show-on-map]")
    button.focus()
    page.keyboard.press("Enter")
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "フードパントリー0" in popup.inner_text()


def test_works_without_javascript(no_js_page, site_url, map_data):
    page = no_js_page
    page.goto(site_url("/ja/map/"))
    assert not page.locator("[data-map-slot]").is_visible()
    assert not page.locator("[data-near-me]").is_visible()
    page.select_option("#filter-municipality", "112071")
    page.get_by_role("button", name="この条件で探す").click()
    page.wait_for_url(re.compile(r"municipality=112071"))
    assert page.locator(".directory__list > li").count() == 2
    page.get_by_role("link", name="フードパントリー0").click()
    page.wait_for_url(re.compile(r"/ja/map/food-0/"))
    assert page.locator("a[href^='tel:']").count() >= 1
    page.get_by_role("link", name=re.compile("一覧に戻る")).first.click()
    page.wait_for_url(re.compile(r"municipality=112071"))


def test_list_and_detail_pass_axe_on_a_phone(phone_page, site_url, map_data):
    page = phone_page
    page.goto(site_url("/ja/map/?category=hikikomori"))
    page.wait_for_function(
        "document.querySelector('[data-map-slot]').dataset.markerCount === '3'"
    )
    assert horizontal_overflow(page) <= 0
    assert_no_serious_axe_violations(page)
    page.goto(site_url("/ja/map/hiki-0/"))
    page.locator("#organisation-map.leaflet-container").wait_for()
    assert horizontal_overflow(page) <= 0
    assert_no_serious_axe_violations(page)
    page.goto(site_url("/ja/map/shelter/"))
    assert_no_serious_axe_violations(page)
