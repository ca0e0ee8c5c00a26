"""An organisation's page: everything residents need, JSON-LD, the way back."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.organisations.factories import OrganisationFactory, bulk_organisations

pytestmark = pytest.mark.django_db


def json_ld(html):
    blocks = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.S
    )
    assert blocks
    return [json.loads(block) for block in blocks]


def test_detail_page_shows_contact_hours_and_place(client, directory_page):
    OrganisationFactory(
        slug="hidamari",
        name="居場所ひだまり",
        phone="049-123-4567",
        email="info@example.jp",
        hours=[(0, "09:00", "17:00")],
        categories=["ibasho"],
        fees="無料",
        hours_note="祝日はお休み",
    )
    response = client.get(directory_page.url + "hidamari/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="tel:0491234567"' in html
    assert "mailto:info@example.jp" in html
    assert "居場所" in html
    assert "09:00–17:00" in html
    assert "祝日はお休み" in html
    assert "〒350-0036" in html
    assert 'id="organisation-map-config"' in html
    assert "{% block" not in html


def test_detail_json_ld_describes_the_organisation(client, directory_page):
    OrganisationFactory(slug="org", name="団体", hours=[(2, "10:00", "15:00")])
    html = client.get(directory_page.url + "org/").content.decode()
    data = [d for d in json_ld(html) if d.get("@type") == "Organization"][0]
    assert data["name"] == "団体"
    assert data["telephone"] == "049-000-0000"
    assert data["address"]["addressLocality"] == "川越市"
    assert data["address"]["streetAddress"] == "川越市小仙波町9-9-9"
    assert data["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": 35.9251,
        "longitude": 139.4858,
    }
    assert data["openingHoursSpecification"][0]["dayOfWeek"].endswith("Wednesday")


def test_back_link_keeps_only_known_filters(client, directory_page):
    OrganisationFactory(slug="org", categories=["hikikomori"])
    list_html = client.get(
        directory_page.url, {"category": "hikikomori", "municipality": "112011"}
    ).content.decode()
    assert "org/?back=category%3Dhikikomori%26municipality%3D112011" in list_html
    response = client.get(
        directory_page.url + "org/",
        {"back": "category=hikikomori&municipality=112011&evil=<script>"},
    )
    html = response.content.decode()
    assert 'href="/ja/map/?category=hikikomori&amp;municipality=112011"' in html
    assert "evil" not in html


def test_unknown_or_draft_organisation_is_not_found(client, directory_page):
    OrganisationFactory(slug="draft", live=False)
    assert client.get(directory_page.url + "draft/").status_code == 404
    assert client.get(directory_page.url + "missing/").status_code == 404


def test_english_page_falls_back_to_japanese(
    client, directory_page, en_directory_page, en_locale
):
    OrganisationFactory(slug="only-ja", name="日本語だけ")
    response = client.get(en_directory_page.url + "only-ja/")
    assert response.status_code == 200
    assert "日本語だけ" in response.content.decode()


def test_detail_query_count_is_constant(client, directory_page):
    bulk_organisations(10)
    url = directory_page.url + "bulk-3/"
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url + "?back=category%3Dfood")
    bulk_organisations(490, start=10)
    with CaptureQueriesContext(connection) as many:
        client.get(url + "?back=category%3Dfood")
    assert len(few) == len(many)


def test_support_map_url_follows_the_language(
    client, directory_page, en_directory_page
):
    from django.core.cache import cache
    from django.utils import translation

    from organisations.templatetags.organisation_tags import support_map_url_for

    cache.clear()
    assert support_map_url_for("ja") == "/ja/map/"
    assert support_map_url_for("en") == "/en/map/"
    assert support_map_url_for("ko") == "/ja/map/"
    with translation.override("en"):
        from django.template import Context, Template

        rendered = Template("{% load organisation_tags %}{% support_map_url %}").render(
            Context({})
        )
    assert rendered == "/en/map/"
    en_directory_page.refresh_from_db()
    en_directory_page.unpublish()
    assert support_map_url_for("en") == "/ja/map/"
