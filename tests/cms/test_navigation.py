"""Primary navigation and the language switcher."""

import re

import pytest
from django.core.cache import cache
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from tests.cms.conftest import publish

pytestmark = pytest.mark.django_db


def render_nav(page, site, language="ja"):
    request = RequestFactory().get(page.url if page else f"/{language}/")
    request._wagtail_site = site
    with translation.override(language):
        return render_to_string(
            "navigation/primary_nav.html", {"page": page}, request=request
        )


def menu_links(html):
    return re.findall(r'<a href="([^"]+)"(?: aria-current="(\w+)")?>', html)


def test_menu_lists_live_in_menu_children_of_the_home_page(site_tree):
    html = render_nav(site_tree["home"], site_tree["site"])
    assert [url for url, _current in menu_links(html)] == [
        "/ja/about/",
        "/ja/help/",
        "/ja/news/",
    ]


def test_current_page_is_marked_for_screen_readers(site_tree):
    html = render_nav(site_tree["about"], site_tree["site"])
    assert ("/ja/about/", "page") in menu_links(html)
    assert ("/ja/news/", "") in menu_links(html)


def test_section_of_a_deeper_page_is_marked(site_tree):
    from home.models import StandardPage

    deeper = publish(
        site_tree["about"].add_child(
            instance=StandardPage(title="会員", slug="members")
        )
    )
    html = render_nav(deeper, site_tree["site"])
    assert ("/ja/about/", "true") in menu_links(html)


def test_menu_is_in_the_visitors_language(site_tree):
    html = render_nav(site_tree["en_about"], site_tree["site"], "en")
    assert menu_links(html) == [("/en/about/", "page")]
    assert "About" in html


def test_menu_costs_the_same_queries_however_many_pages(
    site_tree, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from home.models import StandardPage

    def cold_queries():
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            render_nav(site_tree["home"], site_tree["site"])
        return len(captured)

    few = cold_queries()
    for number in range(8):
        publish(
            site_tree["home"].add_child(
                instance=StandardPage(
                    title=f"ページ{number}", slug=f"page-{number}", show_in_menus=True
                )
            )
        )
    assert cold_queries() == few
    with django_assert_max_num_queries(0):
        render_nav(site_tree["home"], site_tree["site"])


def test_menu_changes_when_a_page_is_published_or_unpublished(site_tree):
    render_nav(site_tree["home"], site_tree["site"])
    site_tree["news"].unpublish()
    html = render_nav(site_tree["home"], site_tree["site"])
    assert "/ja/news/" not in html
    publish(site_tree["news"])
    assert "/ja/news/" in render_nav(site_tree["home"], site_tree["site"])


def test_switcher_leads_to_the_translation_of_this_page(client, site_tree):
    html = client.get("/ja/about/").content.decode()
    assert '<a href="/en/about/" hreflang="en" lang="en">English</a>' in html
    assert 'href="/ja/about/" hreflang="ja" lang="ja" aria-current="true"' in html


def test_switcher_falls_back_to_the_language_home(client, site_tree):
    html = client.get("/ja/news/").content.decode()
    assert '<a href="/en/" hreflang="en" lang="en">English</a>' in html
    # No Korean home yet: the plain language root.
    assert '<a href="/ko/" hreflang="ko" lang="ko">한국어</a>' in html


def test_switcher_translates_the_path_of_views_that_are_not_pages(site_tree):
    from django.urls import resolve

    request = RequestFactory().get("/ja/healthz-like/?q=1")
    request.resolver_match = resolve("/ja/about/")
    request.resolver_match.url_name = "search"
    request._wagtail_site = site_tree["site"]
    with translation.override("ja"):
        html = render_to_string("navigation/language_switcher.html", request=request)
    assert 'href="/en/healthz-like/?q=1"' in html
