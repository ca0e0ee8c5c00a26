"""Help lines: shown in the visitor's language, one tap away on every page."""

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from cms import site_data
from cms.models import HelpLine
from tests.cms.factories import HelpLineFactory

pytestmark = pytest.mark.django_db


def request_for(path, site=None):
    request = RequestFactory().get(path)
    if site is not None:
        request._wagtail_site = site
    return request


def test_help_lines_fall_back_to_japanese_in_source_order(locales):
    first = HelpLineFactory(name="いのちの見本電話", sort_order=1)
    second = HelpLineFactory(name="こども見本ライン", sort_order=2)
    translated = second.copy_for_translation(locales["en"])
    translated.name = "Children's sample line"
    translated.save()

    with translation.override("en"):
        lines = site_data.help_lines()

    assert [line.name for line in lines] == [first.name, "Children's sample line"]


def test_help_lines_cost_one_query_however_many(locales, django_assert_num_queries):
    HelpLineFactory.create_batch(6)
    with translation.override("ja"), django_assert_num_queries(1):
        assert len(site_data.help_lines()) == 6


def test_help_lines_are_cached_until_a_help_line_is_saved(
    locales, django_assert_num_queries
):
    line = HelpLineFactory(name="古い名前")
    with translation.override("ja"):
        site_data.help_lines(request_for("/ja/"))
        with django_assert_num_queries(0):
            site_data.help_lines(request_for("/ja/"))
        line.name = "新しい名前"
        line.save()
        assert site_data.help_lines(request_for("/ja/"))[0].name == "新しい名前"


def test_panel_shows_number_as_tap_to_call_link_and_marks_samples(locales):
    HelpLineFactory(
        name="そうだんダイヤル",
        phone="0120-123-456",
        hours="毎日 10時〜22時",
        audience="18歳以下の方",
        chat_url="https://line.example.jp/sample",
        is_sample=True,
    )
    HelpLineFactory(name="本物の窓口", is_sample=False, phone="")
    with translation.override("ja"):
        html = render_to_string(
            "components/help_lines_panel.html",
            {"help_lines": site_data.help_lines(), "heading_level": 2},
        )
    assert 'href="tel:0120123456"' in html
    assert "毎日 10時〜22時" in html
    assert "18歳以下の方" in html
    assert 'href="https://line.example.jp/sample"' in html
    assert html.count('<span class="tag tag--muted">見本</span>') == 1


def test_banner_leads_to_help_page_in_visitors_language(site_tree, locales):
    en_help = site_tree["help"].copy_for_translation(locales["en"])
    en_help.save_revision().publish()
    with translation.override("en"):
        html = render_to_string(
            "includes/help_banner.html",
            request=request_for("/en/", site_tree["site"]),
        )
    assert 'href="/en/help/"' in html


def test_banner_falls_back_to_japanese_help_page(site_tree):
    with translation.override("en"):
        html = render_to_string(
            "includes/help_banner.html",
            request=request_for("/en/", site_tree["site"]),
        )
    assert 'href="/ja/help/"' in html
    assert "今すぐ相談したい方へ" in render_to_string(
        "includes/help_banner.html", request=request_for("/ja/", site_tree["site"])
    )


def test_banner_follows_help_page_chosen_in_site_settings(site_tree):
    from cms.models import SiteSettings

    site_settings = SiteSettings.for_site(site_tree["site"])
    site_settings.help_page = site_tree["news"]
    site_settings.save()
    with translation.override("ja"):
        html = render_to_string(
            "includes/help_banner.html",
            request=request_for("/ja/", site_tree["site"]),
        )
    assert 'href="/ja/news/"' in html


@pytest.mark.parametrize("path", ["/ja/", "/ja/about/", "/en/", "/en/about/"])
def test_every_page_opens_with_the_help_link(client, site_tree, path):
    response = client.get(path)
    html = response.content.decode()
    assert response.status_code == 200
    banner = html.index('class="help-banner"')
    assert banner < html.index("<header")
    assert 'class="help-banner__link" href="/' in html


def test_admin_lists_help_lines_and_finds_japanese_words(admin_client, locales):
    HelpLineFactory(name="こころの見本電話")
    HelpLineFactory(name="くらしの見本相談")
    response = admin_client.get("/admin/snippets/cms/helpline/", {"q": "こころ"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "こころの見本電話" in html
    assert "くらしの見本相談" not in html


def test_admin_reorders_within_one_language(admin_client, locales):
    """Dragging to the second row of the Japanese list lands it second."""
    a = HelpLineFactory(name="A", sort_order=0)
    HelpLineFactory(name="B", sort_order=1)
    c = HelpLineFactory(name="C", sort_order=2)
    a_en = a.copy_for_translation(locales["en"])
    a_en.sort_order = 0
    a_en.save()
    response = admin_client.post(
        f"/admin/snippets/cms/helpline/reorder/{c.pk}/?position=1"
    )
    assert response.status_code == 200
    ordered = HelpLine.objects.filter(locale=locales["ja"]).order_by("sort_order")
    assert [line.name for line in ordered] == ["A", "C", "B"]


def test_two_panels_on_one_page_have_distinct_heading_ids(locales):
    from django.template import Context, Template

    request = request_for("/ja/")
    html = Template(
        "{% load help_line_tags %}{% help_lines_panel %}{% help_lines_panel %}"
    ).render(Context({"request": request}))
    assert 'id="help-lines-title"' in html
    assert 'id="help-lines-2"' in html
    assert 'aria-labelledby="help-lines-2"' in html
