"""A small bilingual site with every searchable type, for the search tests."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def make_article(index, title, summary="", body="", days_ago=0, slug=None):
    from home.models import ArticlePage

    page = index.add_child(
        instance=ArticlePage(
            title=title,
            slug=slug or f"article-{ArticlePage.objects.count() + 1}",
            summary=summary or title,
            body=paragraph(body) if body else [],
            date=timezone.localdate() - datetime.timedelta(days=days_ago),
        )
    )
    return publish(page)


def make_standard(parent, title, intro="", body="", slug=None):
    from home.models import StandardPage

    page = parent.add_child(
        instance=StandardPage(
            title=title,
            slug=slug or f"page-{StandardPage.objects.count() + 1}",
            intro=intro,
            body=paragraph(body) if body else [],
        )
    )
    return publish(page)


def make_event(index, title, days_from_now, body="", slug=None):
    from events.models import EventFormat, EventPage

    start = timezone.now() + datetime.timedelta(days=days_from_now)
    page = index.add_child(
        instance=EventPage(
            title=title,
            slug=slug or f"event-{EventPage.objects.count() + 1}",
            start=start,
            end=start + datetime.timedelta(hours=2),
            event_format=EventFormat.VENUE,
            venue="埼玉会館",
            address="さいたま市浦和区高砂3-1-4",
            body=paragraph(body) if body else [],
        )
    )
    return publish(page)


def make_organisation(name, description, slug, locale=None, live=True, **fields):
    from organisations.models import Municipality, Organisation

    return Organisation.objects.create(
        name=name,
        name_kana="てすと",
        slug=slug,
        description=description,
        locale=locale or Locale.get_default(),
        municipality=Municipality.objects.get(code="112011"),
        address="川越市小仙波町9-9-9",
        live=live,
        **fields,
    )


@pytest.fixture
def site(home, locales):
    """Articles, pages, events, a support map and organisations in Japanese."""
    from events.models import EventIndexPage
    from home.models import ArticleIndexPage
    from organisations.models import DirectoryPage

    articles = publish(
        home.add_child(instance=ArticleIndexPage(title="お知らせ", slug="articles"))
    )
    events = publish(
        home.add_child(instance=EventIndexPage(title="イベント", slug="events"))
    )
    directory = publish(
        home.add_child(instance=DirectoryPage(title="支援マップ", slug="map"))
    )
    made = {
        "articles": articles,
        "events": events,
        "directory": directory,
        "old_news": make_article(
            articles,
            "ひきこもり支援の報告",
            body="昨年度の引きこもり支援について報告します。",
            days_ago=300,
            slug="old-news",
        ),
        "new_news": make_article(
            articles,
            "相談会のお知らせ",
            body="ひきこもりの方とご家族の相談会を開きます。",
            days_ago=3,
            slug="new-news",
        ),
        "about": make_standard(
            home,
            "プラットフォームについて",
            intro="埼玉県孤独・孤立対策官民連携プラットフォームの紹介です。",
            slug="about",
        ),
        "past_event": make_event(
            events, "ひきこもり家族会（終了）", -30, slug="past-event"
        ),
        "next_event": make_event(events, "ひきこもり家族会", 10, slug="next-event"),
        "later_event": make_event(
            events, "家族会 秋", 40, body="ひきこもりのご家族へ", slug="later-event"
        ),
        "shokudo": make_organisation(
            "みんなの子ども食堂（架空）",
            "毎週土曜日に子ども食堂を開いています。",
            "minna-shokudo",
        ),
        "volunteer": make_organisation(
            "ボランティアの会（架空）",
            "地域のボランティア活動を紹介します。",
            "volunteer-kai",
        ),
        "draft_org": make_organisation(
            "下書きの食堂（架空）", "公開前です。", "draft-shokudo", live=False
        ),
    }
    return made
