"""The article index: filters, pagination, deadlines, feeds and query counts."""

import datetime
import xml.etree.ElementTree as ET

import pytest
import wagtail_factories
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from freezegun import freeze_time

from home.models import ArticleIndexPage

from .factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def titles(response):
    return [article.title for article in response.context["articles"]]


def test_category_filter_shows_only_that_category(client, index):
    ArticlePageFactory(parent=index, title="啓発の記事", category="awareness")
    ArticlePageFactory(parent=index, title="ニュース", category="news")
    response = client.get(index.url, {"category": "news"})
    assert response.status_code == 200
    assert titles(response) == ["ニュース"]
    assert response.context["current_category"] == "news"


def test_tag_filter_shows_only_tagged_articles(client, index):
    tagged = ArticlePageFactory(parent=index, title="居場所の記事")
    tagged.tags.add("居場所")
    tagged.save_revision().publish()
    ArticlePageFactory(parent=index, title="ほかの記事")
    tag_slug = tagged.tags.first().slug
    response = client.get(index.url, {"tag": tag_slug})
    assert titles(response) == ["居場所の記事"]
    assert "#居場所" in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"category": "nonsense"},
        {"tag": "no-such-tag"},
        {"page": "abc"},
        {"page": "9999"},
        {"category": "<script>", "tag": "%%%", "page": "-1"},
    ],
)
def test_invalid_parameters_show_a_friendly_page(client, index, params):
    ArticlePageFactory(parent=index, title="ある記事")
    response = client.get(index.url, params)
    assert response.status_code == 200
    assert titles(response) == ["ある記事"]
    html = response.content.decode()
    assert "<script>" not in html.split("<main")[1]
    if "category" in params or "tag" in params:
        assert response.context["filter_problems"]
        assert 'role="status"' in html


def test_index_paginates_twelve_per_page(client, index):
    for number in range(13):
        ArticlePageFactory(parent=index, date=datetime.date(2026, 1, 1 + number))
    first = client.get(index.url)
    assert len(first.context["articles"]) == 12
    assert first.context["articles"].paginator.num_pages == 2
    second = client.get(index.url, {"page": 2})
    assert len(second.context["articles"]) == 1
    # Newest first: the oldest article is alone on the last page.
    assert second.context["articles"][0].date == datetime.date(2026, 1, 1)


def test_drafts_are_not_listed(client, index):
    ArticlePageFactory(parent=index, title="下書き", live=False)
    ArticlePageFactory(parent=index, title="公開中")
    assert titles(client.get(index.url)) == ["公開中"]


@freeze_time("2026-12-03 10:00:00")
def test_notices_list_open_deadlines_first_and_mark_closed_ones(client, index):
    ArticlePageFactory(
        parent=index,
        title="締め切りが過ぎた研修",
        category="notice",
        date=datetime.date(2026, 11, 30),
        deadline=datetime.date(2026, 12, 2),
    )
    ArticlePageFactory(
        parent=index,
        title="来月締め切りの助成",
        category="notice",
        date=datetime.date(2026, 10, 1),
        deadline=datetime.date(2027, 1, 15),
    )
    ArticlePageFactory(
        parent=index,
        title="今日締め切りの研修",
        category="notice",
        date=datetime.date(2026, 9, 1),
        deadline=datetime.date(2026, 12, 3),
    )
    ArticlePageFactory(
        parent=index,
        title="締め切りのないお知らせ",
        category="notice",
        date=datetime.date(2026, 12, 1),
    )
    response = client.get(index.url, {"category": "notice"})
    assert titles(response) == [
        "今日締め切りの研修",
        "来月締め切りの助成",
        "締め切りのないお知らせ",
        "締め切りが過ぎた研修",
    ]
    articles = list(response.context["articles"])
    assert [article.is_closed for article in articles] == [False, False, False, True]
    html = response.content.decode()
    assert html.count("受付終了") == 1
    assert "2027年1月15日" in html

    closed = articles[-1]
    page_html = client.get(closed.url).content.decode()
    assert "受付終了" in page_html


def test_rss_feed_is_valid_and_lists_articles(client, index):
    older = ArticlePageFactory(
        parent=index, title="古い記事", date=datetime.date(2026, 4, 1)
    )
    newer = ArticlePageFactory(
        parent=index, title="新しい記事", date=datetime.date(2026, 5, 1)
    )
    newer.tags.add("居場所")
    newer.save_revision().publish()
    response = client.get(index.url + "feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314 (our own feed)
    assert channel.findtext("title") == index.title
    assert channel.findtext("link") == "http://localhost" + index.url
    assert channel.findtext("language") == "ja"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["新しい記事", "古い記事"]
    assert items[0].findtext("link") == "http://localhost" + newer.url
    assert items[1].findtext("link") == "http://localhost" + older.url
    assert items[0].findtext("pubDate").startswith("Fri, 01 May 2026 00:00:00 +0900")
    assert "居場所" in [c.text for c in items[0].findall("category")]


def test_atom_feed_is_valid_and_lists_articles(client, index):
    ArticlePageFactory(parent=index, title="ある記事", date=datetime.date(2026, 5, 1))
    response = client.get(index.url + "feed/atom/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)  # noqa: S314 (our own feed)
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 1
    entry = entries[0]
    assert entry.findtext(f"{ATOM}title") == "ある記事"
    assert entry.find(f"{ATOM}link").get("href").startswith("http://localhost/ja/")
    assert entry.findtext(f"{ATOM}published").startswith("2026-05-01T00:00:00+09:00")
    assert entry.findtext(f"{ATOM}updated")


def make_articles(index, count):
    for number in range(count):
        article = ArticlePageFactory(
            parent=index,
            hero_image=wagtail_factories.ImageFactory(),
            hero_image_alt="やわらかな光の写真",
            date=datetime.date(2026, 1, 1) + datetime.timedelta(days=number),
        )
        article.tags.add(f"タグ{number % 3}", "共通")
        article.save_revision().publish()


def count_queries(client, url):
    # Start from the same state each time: an empty cache, then one view to
    # generate image renditions (made on the first view only) and warm the cache.
    cache.clear()
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_index_query_count_does_not_grow_with_articles(client, index):
    make_articles(index, 5)
    with_five = count_queries(client, index.url)
    make_articles(index, 35)
    with_forty = count_queries(client, index.url)
    assert with_forty == with_five
    assert with_forty <= 25, with_forty


def test_feed_query_count_does_not_grow_with_articles(client, index):
    make_articles(index, 5)
    with_five = count_queries(client, index.url + "feed/rss/")
    make_articles(index, 35)
    assert count_queries(client, index.url + "feed/rss/") == with_five


def test_only_one_index_per_home(index, home):
    assert not ArticleIndexPage.can_create_at(home)
