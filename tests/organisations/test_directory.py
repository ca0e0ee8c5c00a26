"""The support map list: filters, fallbacks, open now, near me, query counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from freezegun import freeze_time

from organisations.models import Organisation
from tests.organisations.factories import OrganisationFactory, bulk_organisations

pytestmark = pytest.mark.django_db

# A Monday, 10:00 in Saitama.
MONDAY_MORNING = "2026-12-07 10:00:00+09:00"


def names(response):
    return [item.name for item in response.context["items"]]


def test_lists_live_organisations_in_kana_order(client, directory_page):
    OrganisationFactory(name="B団体", name_kana="びー")
    OrganisationFactory(name="A団体", name_kana="あー")
    OrganisationFactory(name="下書き", live=False)
    response = client.get(directory_page.url)
    assert response.status_code == 200
    assert names(response) == ["A団体", "B団体"]
    assert response.context["paginator"].count == 2


def test_filters_by_category_region_municipality_and_method(client, directory_page):
    from organisations.models import Municipality

    kawagoe = Municipality.objects.get(code="112011")
    chichibu = Municipality.objects.get(code="112071")
    OrganisationFactory(
        name="川越ひきこもり電話", categories=["hikikomori"], municipality=kawagoe
    )
    OrganisationFactory(
        name="川越ひきこもり来所",
        categories=["hikikomori"],
        municipality=kawagoe,
        contact_methods=["visit"],
    )
    OrganisationFactory(name="川越食支援", categories=["food"], municipality=kawagoe)
    OrganisationFactory(
        name="秩父ひきこもり", categories=["hikikomori"], municipality=chichibu
    )

    url = directory_page.url
    response = client.get(url, {"category": "hikikomori", "region": "kawagoe-hiki"})
    assert sorted(names(response)) == ["川越ひきこもり来所", "川越ひきこもり電話"]
    response = client.get(
        url,
        {"category": "hikikomori", "region": "kawagoe-hiki", "method": "phone"},
    )
    assert names(response) == ["川越ひきこもり電話"]
    response = client.get(url, {"municipality": "112071"})
    assert names(response) == ["秩父ひきこもり"]
    response = client.get(url, {"municipality": "川越市", "category": "food"})
    assert names(response) == ["川越食支援"]


def test_filters_by_audience_language_and_text(client, directory_page):
    OrganisationFactory(name="若者向け", audiences=["young_people"], languages=["en"])
    OrganisationFactory(
        name="高齢者向け", audiences=["older_people"], description="体操のサロン"
    )
    url = directory_page.url
    assert names(client.get(url, {"audience": "young_people"})) == ["若者向け"]
    assert names(client.get(url, {"language": "en"})) == ["若者向け"]
    assert names(client.get(url, {"q": "体操"})) == ["高齢者向け"]
    assert names(client.get(url, {"q": "川越"})) == ["若者向け", "高齢者向け"]


def test_bad_parameters_are_ignored_with_a_friendly_note(client, directory_page):
    OrganisationFactory(name="団体")
    response = client.get(
        directory_page.url,
        {
            "category": "nope",
            "region": "atlantis",
            "municipality": "999999",
            "method": "pigeon",
            "near": "north,pole",
            "page": "lots",
        },
    )
    assert response.status_code == 200
    assert names(response) == ["団体"]
    assert len(response.context["filters"].notes) == 5
    assert 'class="notice notice--warning"' in response.content.decode()


@freeze_time(MONDAY_MORNING)
def test_open_now_uses_saitama_time(client, directory_page):
    OrganisationFactory(name="月曜午前", hours=[(0, "09:00", "12:00")])
    OrganisationFactory(name="月曜午後", hours=[(0, "13:00", "17:00")])
    OrganisationFactory(name="火曜", hours=[(1, "09:00", "17:00")])
    response = client.get(directory_page.url, {"open_now": "1"})
    assert names(response) == ["月曜午前"]
    html = client.get(directory_page.url).content.decode()
    assert html.count("tag tag--success") == 1


def test_near_sorts_by_distance_and_places_confidential_at_town_office(
    client, directory_page
):
    from organisations.models import Municipality

    chichibu = Municipality.objects.get(code="112071")
    OrganisationFactory(name="川越", location="SRID=4326;POINT(139.4858 35.9251)")
    OrganisationFactory(
        name="秩父", municipality=chichibu, location="SRID=4326;POINT(139.08 35.99)"
    )
    # Pinned in Kawagoe but confidential: ranks at Chichibu's office instead.
    OrganisationFactory(
        name="秘密",
        municipality=chichibu,
        confidential_location=True,
        location="SRID=4326;POINT(139.4858 35.9252)",
    )
    response = client.get(directory_page.url, {"near": "35.92,139.48"})
    assert names(response)[0] == "川越"
    assert set(names(response)[1:]) == {"秩父", "秘密"}
    items = {item.name: item for item in response.context["items"]}
    assert items["秘密"].distance is None
    assert items["川越"].distance < 1


def test_filters_make_shareable_links(client, directory_page):
    OrganisationFactory(categories=["hikikomori"])
    response = client.get(
        directory_page.url, {"category": "hikikomori", "municipality": "112011"}
    )
    html = response.content.decode()
    assert "category=hikikomori&amp;municipality=112011" in html
    assert "organisations.geojson?category=hikikomori&amp;municipality=112011" in html
    assert "data-clear-filters" in html


def test_paginates_without_javascript(client, directory_page):
    bulk_organisations(45)
    first = client.get(directory_page.url)
    assert len(first.context["items"]) == 20
    assert 'rel="next"' in first.content.decode()
    third = client.get(directory_page.url, {"page": "3"})
    assert len(third.context["items"]) == 5


def test_translation_is_shown_else_japanese_original(
    client, directory_page, en_directory_page, en_locale
):
    translated = OrganisationFactory(name="翻訳あり", name_kana="あ")
    english = translated.copy_for_translation(en_locale)
    english.name = "Translated"
    english.save()
    OrganisationFactory(name="翻訳なし", name_kana="い")
    # A draft translation is not shown: the Japanese original is.
    draft = OrganisationFactory(name="下書き翻訳", name_kana="う")
    draft_en = draft.copy_for_translation(en_locale)
    draft_en.live = False
    draft_en.save()

    response = client.get(en_directory_page.url)
    assert names(response) == ["Translated", "翻訳なし", "下書き翻訳"]
    response = client.get(directory_page.url)
    assert names(response) == ["翻訳あり", "翻訳なし", "下書き翻訳"]
    assert Organisation.objects.count() == 5


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_query_count_is_constant(client, directory_page):
    bulk_organisations(10)
    url = directory_page.url
    client.get(url)  # warm caches shared by every page (navigation, settings)
    few = count_queries(client, url)
    few_filtered = count_queries(client, url + "?category=hikikomori&open_now=1")
    bulk_organisations(490, start=10)
    assert count_queries(client, url) == few
    assert count_queries(client, url + "?category=hikikomori&open_now=1") == (
        few_filtered
    )
    assert count_queries(client, url + "?near=35.9,139.5&page=3") == few
