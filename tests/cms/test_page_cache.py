"""Anonymous page views are cacheable; everyone else's are private."""

import pytest
from django.http import HttpResponse
from django.test import override_settings
from django.urls import path
from django.views.decorators.cache import never_cache

from cms.page_cache import HIT_HEADER
from tests.cms.factories import HelpLineFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_SECONDS = 120


def test_anonymous_page_view_sets_no_cookie_and_is_public(client, site_tree):
    response = client.get("/ja/about/")
    assert response.status_code == 200
    assert not response.cookies
    assert "Set-Cookie" not in response
    assert "Vary" not in response
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"public", "max-age=300", "s-maxage=300"} <= cache_control


def test_visitor_with_a_session_gets_a_private_page(client, site_tree):
    client.cookies["sessionid"] = "whatever"
    response = client.get("/ja/about/")
    assert response["Cache-Control"] == "private, no-cache"


def test_editor_sees_the_userbar_and_a_private_page(admin_client, site_tree):
    response = admin_client.get("/ja/about/")
    assert response["Cache-Control"] == "private, no-cache"
    assert b"wagtail-userbar" in response.content


def test_anonymous_visitor_never_gets_the_userbar(client, site_tree):
    assert b"wagtail-userbar" not in client.get("/ja/about/").content


def test_second_view_is_served_from_the_cache(client, site_tree, page_cache):
    first = client.get("/ja/about/")
    second = client.get("/ja/about/")
    assert first[HIT_HEADER] == "miss"
    assert second[HIT_HEADER] == "hit"
    assert second.content == first.content
    assert second["Cache-Control"] == first["Cache-Control"]


def test_head_request_uses_the_same_cached_page(client, site_tree, page_cache):
    client.get("/ja/about/")
    assert client.head("/ja/about/")[HIT_HEADER] == "hit"


def test_query_strings_are_cached_separately(client, site_tree, page_cache):
    client.get("/ja/about/?page=2")
    assert client.get("/ja/about/")[HIT_HEADER] == "miss"


def test_publishing_a_page_clears_the_cache(client, site_tree, page_cache):
    client.get("/ja/")
    about = site_tree["about"]
    about.title = "プラットフォームについて"
    about.save_revision().publish()
    response = client.get("/ja/")
    assert response[HIT_HEADER] == "miss"
    assert "プラットフォームについて" in response.content.decode()


def test_making_a_page_private_clears_the_cache(client, site_tree, page_cache):
    """Staff restricting a page (password, login) must not leave the public
    copy in the cache, nor lifting the restriction keep the password form."""
    from wagtail.models import PageViewRestriction

    assert client.get("/ja/about/")[HIT_HEADER] == "miss"
    restriction = PageViewRestriction.objects.create(
        page=site_tree["about"],
        restriction_type=PageViewRestriction.PASSWORD,
        password="himitsu",  # noqa: S106 - a test fixture
    )
    response = client.get("/ja/about/")
    assert response.get(HIT_HEADER) != "hit"
    assert b'name="password"' in response.content
    restriction.delete()
    assert b'name="password"' not in client.get("/ja/about/").content


def test_unpublishing_a_page_clears_the_cache(client, site_tree, page_cache):
    client.get("/ja/news/")
    site_tree["news"].unpublish()
    assert client.get("/ja/news/").status_code == 404


def test_saving_a_help_line_clears_the_cache(client, site_tree, page_cache):
    line = HelpLineFactory(name="見本ダイヤル")
    client.get("/ja/")
    line.name = "見本ダイヤル改"
    line.save()
    assert client.get("/ja/")[HIT_HEADER] == "miss"


def test_visitors_with_cookies_bypass_the_cache(client, site_tree, page_cache):
    client.get("/ja/about/")
    client.cookies["csrftoken"] = "x" * 32
    response = client.get("/ja/about/")
    assert HIT_HEADER not in response
    assert response["Cache-Control"] == "private, no-cache"


def test_errors_and_redirects_are_not_cached(client, site_tree, page_cache):
    assert HIT_HEADER not in client.get("/ja/missing/")
    redirect = client.get("/")
    assert redirect.status_code == 302
    assert HIT_HEADER not in redirect
    assert "public" not in redirect.get("Cache-Control", "")


def test_healthz_and_admin_are_never_cached(
    admin_client, client, site_tree, page_cache
):
    client.get("/healthz")
    assert HIT_HEADER not in client.get("/healthz")
    assert "public" not in client.get("/healthz")["Cache-Control"]
    response = client.get("/admin/login/")
    assert HIT_HEADER not in response


def test_posts_are_not_cached(client, site_tree, page_cache):
    response = client.post("/ja/about/")
    assert HIT_HEADER not in response


@never_cache
def uncacheable_view(request):
    return HttpResponse("private")


def view_setting_a_cookie(request):
    response = HttpResponse("cookie")
    response.set_cookie("flash", "hello")
    return response


urlpatterns = [
    path("never/", uncacheable_view),
    path("cookie/", view_setting_a_cookie),
]


@override_settings(ROOT_URLCONF=__name__)
def test_never_cache_views_and_cookies_are_respected(client, page_cache):
    for url in ("/never/", "/cookie/"):
        client.get(url)
        response = client.get(url)
        assert HIT_HEADER not in response
        assert "public" not in response.get("Cache-Control", "")


def test_saving_a_model_listed_in_settings_clears_the_cache(settings):
    from django.contrib.auth.models import Group

    from cms.site_cache import content_version

    before = content_version()
    Group.objects.create(name="unrelated")
    assert content_version() == before
    settings.PAGE_CACHE_PURGE_MODELS = ["auth.Group"]
    Group.objects.create(name="shown on a page")
    assert content_version() == before + 1
