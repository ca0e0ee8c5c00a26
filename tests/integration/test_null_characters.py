"""A NUL character in a query string never breaks a page (cms.clean_query).

PostgreSQL refuses text with NUL; before the middleware these pages answered
500 there for ``?q=%00``.
"""

import pytest
from django.test import RequestFactory

from cms.clean_query import StripNullCharactersMiddleware

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections(home):
    from events.models import EventIndexPage
    from home.models import ArticleIndexPage, StandardPage
    from organisations.models import DirectoryPage

    for page in (
        ArticleIndexPage(title="記事", slug="articles"),
        EventIndexPage(title="イベント", slug="events"),
        DirectoryPage(title="支援マップ", slug="map"),
        StandardPage(title="孤立を防ぐために", slug="about"),
    ):
        home.add_child(instance=page).save_revision().publish()


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/ja/search/", {"q": "\x00"}),
        ("/ja/map/", {"q": "\x00"}),
        ("/ja/map/", {"municipality": "\x00", "category": "\x00"}),
        ("/ja/map/organisations.geojson", {"q": "\x00"}),
        ("/ja/map/organisations.csv", {"q": "\x00"}),
        ("/ja/map/hsds.json", {"q": "\x00"}),
        ("/ja/articles/", {"tag": "\x00"}),
        ("/ja/events/", {"region": "\x00", "month": "\x00"}),
    ],
)
def test_pages_answer_a_query_with_a_nul_character(client, sections, url, params):
    assert client.get(url, params).status_code == 200


def test_the_rest_of_the_query_is_still_searched(client, sections):
    response = client.get("/ja/search/", {"q": "孤立\x00"})
    assert response.context["query"] == "孤立"
    assert [hit.obj.slug for hit in response.context["page_obj"]] == ["about"]


def test_the_middleware_removes_nul_from_names_and_values():
    request = RequestFactory().get("/ja/search/", {"q": "孤\x00立", "ty\x00pe": "a"})
    seen = {}

    def view(request):
        seen.update(request.GET.lists())

    StripNullCharactersMiddleware(view)(request)
    assert seen == {"q": ["孤立"], "type": ["a"]}
    assert not request.GET._mutable
