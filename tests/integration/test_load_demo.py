"""`make run` loads the demo through `load_demo`: the whole site must come up."""

import io
import re

import pytest
from django.core.management import call_command
from wagtail.models import Page

from events.models import EventPage
from organisations.models import Organisation

pytestmark = pytest.mark.django_db

STABLE_PATHS = [
    "/ja/",
    "/ja/about/",
    "/ja/articles/",
    "/ja/help/",
    "/ja/events/",
    "/ja/map/",
    "/ja/search/?q=%E5%AD%A4%E7%AB%8B",
    "/en/",
    "/en/about/",
    "/en/articles/",
    "/en/help/",
    "/en/events/",
    "/en/map/",
    "/en/search/?q=help",
]


def counts():
    return (
        Page.objects.count(),
        Organisation.objects.count(),
        EventPage.objects.count(),
    )


def test_demo_serves_every_stable_path_and_reruns_without_duplicates(client):
    call_command("load_demo", stdout=io.StringIO())
    first = counts()

    for path in STABLE_PATHS:
        response = client.get(path)
        assert response.status_code == 200, path

    call_command("load_demo", stdout=io.StringIO())
    assert counts() == first


def test_japanese_card_titles_wrap_between_phrases(client):
    call_command("load_demo", stdout=io.StringIO())

    for path in ("/ja/articles/", "/ja/events/", "/ja/map/"):
        html = client.get(path).content.decode()
        assert re.search(
            r'card__title"><a [^>]*><span class="budoux">[^<]+<wbr>', html
        ), path


def test_demo_main_menu_leads_to_each_section(client):
    call_command("load_demo", stdout=io.StringIO())

    for language in ("ja", "en"):
        html = client.get(f"/{language}/").content.decode()
        menu = re.search(r'<nav class="primary-nav".*?</nav>', html, re.S)
        assert menu, f"no main menu on /{language}/"
        for section in ("about", "articles", "events", "map"):
            assert f'href="/{language}/{section}/"' in menu.group(0), section


def test_a_new_resident_finds_what_issue_6_promises(client):
    """Search as a first-time visitor would try it on the demo site."""
    call_command("load_demo", stdout=io.StringIO())

    def search(query):
        response = client.get("/ja/search/", {"q": query})
        assert response.status_code == 200
        return response

    def shown(query):
        return [
            hit.search_type.title(hit.obj) for hit in search(query).context["page_obj"]
        ]

    assert any("ひきこもり" in title for title in shown("引きこもり"))
    assert any("孤独・孤立対策" in title for title in shown("孤立"))
    hits = list(search("食堂").context["page_obj"])
    organisations = [h for h in hits if h.search_type.key == "organisation"]
    assert any("子ども食堂" in h.obj.name for h in organisations)
    assert all(h.url.startswith("/ja/map/") for h in organisations)
    assert any("ボランティア" in title for title in shown("ﾎﾞﾗﾝﾃｨｱ"))
    response = search("死にたい")
    assert response.context["distress"]
    html = response.content.decode()
    help_lines = html.index("いま相談できるところ")
    results_at = html.find('class="search-results')
    assert results_at == -1 or help_lines < results_at
