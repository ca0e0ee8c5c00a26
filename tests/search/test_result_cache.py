"""Repeated searches are answered from the cache until content changes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from cms.search import results

from .conftest import make_article

pytestmark = pytest.mark.django_db

URL = "/ja/search/"


def index_queries(client, query):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(URL, {"q": query})
    assert response.status_code == 200
    searched = [q for q in ctx.captured_queries if "indexentry" in q["sql"].lower()]
    return response, searched


def slugs(response):
    return [hit.obj.slug for hit in response.context["page_obj"]]


def test_a_repeated_search_does_not_search_the_index_again(client, site):
    first, searched = index_queries(client, "ひきこもり")
    assert searched
    second, searched = index_queries(client, "ひきこもり")
    assert not searched
    assert slugs(second) == slugs(first)


def test_the_same_words_in_another_width_are_the_same_search(client, site):
    index_queries(client, "ボランティア")
    response, searched = index_queries(client, "ﾎﾞﾗﾝﾃｨｱ")
    assert not searched
    assert slugs(response) == ["volunteer-kai"]


def test_publishing_makes_the_next_search_fresh(client, site):
    index_queries(client, "ひきこもり")
    make_article(site["articles"], "ひきこもりの新しいお知らせ", slug="fresh")
    response, searched = index_queries(client, "ひきこもり")
    assert searched
    assert "fresh" in slugs(response)


def test_an_unpublished_organisation_leaves_the_results(client, site):
    index_queries(client, "食堂")
    site["shokudo"].live = False
    site["shokudo"].save()
    response, _ = index_queries(client, "食堂")
    assert slugs(response) == []


def test_the_cache_can_be_switched_off(client, site, settings):
    settings.SITE_SEARCH_CACHE_SECONDS = 0
    index_queries(client, "ひきこもり")
    assert index_queries(client, "ひきこもり")[1]


def test_the_cache_key_does_not_hold_what_was_typed(site, monkeypatch, locales):
    seen = []
    real = results.cached_fragment

    def spy(request, name, parts, build, *args):
        seen.append((name, parts))
        return real(request, name, parts, build, *args)

    monkeypatch.setattr(results, "cached_fragment", spy)
    results.search("しにたい", locales["ja"])
    ((name, parts),) = seen
    assert name == "search"
    assert not any("しにたい" in str(part) or "死" in str(part) for part in parts)


def test_a_promoted_page_does_not_hide_an_organisation_with_the_same_id(client, site):
    from organisations.models import Municipality, Organisation

    page = site["about"]
    Organisation.objects.filter(pk=page.pk).delete()
    Organisation.objects.create(
        pk=page.pk,
        name="駅前子ども食堂（架空）",
        slug="same-id",
        locale=page.locale,
        municipality=Municipality.objects.get(code="112011"),
        live=True,
    )
    SearchPromotion.objects.create(query=Query.get("食堂"), page=page)
    response = client.get(URL, {"q": "食堂"})
    assert "same-id" in slugs(response)
