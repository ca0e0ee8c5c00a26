"""The page frame (base.html and the header) as a visitor's browser receives it."""

import pytest
from django.test import Client

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.browser.urls")]


@pytest.fixture
def client():
    return Client()


@pytest.mark.parametrize(
    ("prefix", "lang"),
    [("ja", "ja"), ("en", "en"), ("zh-hans", "zh-hans"), ("ko", "ko"), ("vi", "vi")],
)
def test_html_lang_follows_the_url_language(client, prefix, lang):
    html = client.get(f"/{prefix}/component-sample/").content.decode()
    assert f'<html lang="{lang}" dir="ltr">' in html


def test_anonymous_page_sets_no_cookie(client):
    response = client.get("/ja/component-sample/")
    assert response.status_code == 200
    assert not response.cookies
    assert "csrfmiddlewaretoken" not in response.content.decode()


def test_head_has_theme_colour_favicon_and_stylesheet(client):
    html = client.get("/ja/component-sample/").content.decode()
    assert '<meta name="theme-color"' in html
    assert 'rel="icon" href="/static/img/favicon.svg"' in html
    assert 'rel="stylesheet" href="/static/css/site.css"' in html


def test_skip_link_targets_the_main_landmark(client):
    html = client.get("/ja/component-sample/").content.decode()
    assert '<a class="skip-link" href="#main">本文へ移動</a>' in html
    assert '<main id="main" tabindex="-1">' in html


def test_header_search_is_a_labelled_get_form_for_the_current_language(client):
    html = client.get("/en/component-sample/").content.decode()
    assert 'role="search" method="get" action="/en/search/"' in html
    assert '<label class="visually-hidden" for="site-search-q">' in html
    assert 'id="site-search-q" name="q"' in html


def test_japanese_site_name_wraps_between_its_two_halves(client):
    html = client.get("/ja/component-sample/").content.decode()
    assert "埼玉県孤独・孤立対策<wbr>官民連携プラットフォーム" in html
