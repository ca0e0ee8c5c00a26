"""Finding events: upcoming first, the archive, filters, the month calendar."""

import datetime

import pytest
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from freezegun import freeze_time

from events.models import EventFormat, EventStatus, EventType
from tests.events.factories import RegistrationFactory, make_event, tokyo

pytestmark = pytest.mark.django_db

NOW = "2026-12-03 10:00:00+09:00"


def titles(response):
    return [event.title for event in response.context["listing"].page.object_list]


@freeze_time(NOW)
def test_upcoming_first_soonest_and_past_in_the_archive(client, index, event_factory):
    event_factory(title="来週", start=tokyo(2026, 12, 10, 13, 0))
    event_factory(title="明日", start=tokyo(2026, 12, 4, 13, 0))
    event_factory(title="先月", start=tokyo(2026, 11, 3, 13, 0))
    event_factory(title="昨年", start=tokyo(2025, 11, 3, 13, 0))

    assert titles(client.get(index.url)) == ["明日", "来週"]
    assert titles(client.get(index.url + "?when=past")) == ["先月", "昨年"]


@freeze_time(NOW)
def test_filters_by_type_format_audience_and_month(client, index, event_factory):
    event_factory(
        title="オンライン研修",
        event_type=EventType.TRAINING,
        event_format=EventFormat.ONLINE,
        audience=["members"],
        start=tokyo(2026, 12, 10, 13, 0),
    )
    event_factory(
        title="会場ワークショップ",
        event_type=EventType.WORKSHOP,
        audience=["residents", "members"],
        start=tokyo(2027, 1, 15, 13, 0),
    )
    assert titles(client.get(index.url + "?type=training")) == ["オンライン研修"]
    assert titles(client.get(index.url + "?format=online")) == ["オンライン研修"]
    assert titles(client.get(index.url + "?audience=residents")) == [
        "会場ワークショップ"
    ]
    assert titles(client.get(index.url + "?month=2027-01")) == ["会場ワークショップ"]
    assert titles(client.get(index.url + "?type=training&format=online")) == [
        "オンライン研修"
    ]


@freeze_time(NOW)
def test_bad_filter_values_are_ignored_with_a_note(client, index, event_factory):
    event_factory(title="研修", start=tokyo(2026, 12, 10, 13, 0))
    response = client.get(index.url + "?type=party&month=2026-13&region=atlantis")
    assert response.status_code == 200
    assert titles(response) == ["研修"]
    html = response.content.decode()
    assert "party" in html and "2026-13" in html and "atlantis" in html
    assert "条件に使っていません" in html


@freeze_time(NOW)
def test_list_items_say_date_place_fee_and_seats(client, index, event_factory):
    full = event_factory(title="満席の会", capacity=1, start=tokyo(2026, 12, 9, 10))
    RegistrationFactory(event=full)
    event_factory(
        title="残りわずか", capacity=5, fee=500, start=tokyo(2026, 12, 10, 10)
    )
    event_factory(
        title="オンライン",
        event_format=EventFormat.ONLINE,
        online_platform="Zoom",
        start=tokyo(2026, 12, 11, 10),
    )
    event_factory(
        title="中止の会", status=EventStatus.CANCELLED, start=tokyo(2026, 12, 12, 10)
    )
    html = client.get(index.url).content.decode()
    assert "満席（キャンセル待ち受付中）" in html
    assert "残り5席" in html
    assert "500円" in html
    assert "参加無料" in html
    assert "オンライン (Zoom)" in html
    assert "2026年12月9日（水）" in html
    assert "中止" in html


@freeze_time(NOW)
def test_month_calendar_is_a_table_with_each_day(client, index, event_factory):
    event_factory(
        title="二日間の展示",
        all_day=True,
        start_date=datetime.date(2026, 12, 5),
        end_date=datetime.date(2026, 12, 6),
    )
    response = client.get(index.url + "?view=calendar&month=2026-12")
    html = response.content.decode()
    assert "<table" in html and "<caption" in html
    assert html.count("二日間の展示") == 2
    assert "?view=calendar&amp;month=2027-01" in html
    assert "?view=calendar&amp;month=2026-11" in html


def _count_queries(client, url):
    # Warm the site-wide caches (navigation, settings) that publishing clears.
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@freeze_time(NOW)
@pytest.mark.parametrize("path", ["", "?view=calendar&month=2026-12", "feed.ics"])
def test_query_count_does_not_grow_with_events(client, index, path, settings):
    settings.PAGE_CACHE_ENABLED = False
    # One process-local cache, so site-wide fragments behave the same on every run.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    }
    for n in range(5):
        make_event(index, start=tokyo(2026, 12, 5 + n, 10), capacity=10)
    small = _count_queries(client, index.url + path)
    for n in range(295):
        make_event(
            index,
            publish_it=n % 50 == 0,
            start=tokyo(2026, 12, 1 + n % 28, 10) + datetime.timedelta(days=n // 28),
            capacity=10,
        )
    # Saving without publishing leaves pages live=True with a draft revision;
    # all 300 are listed either way.
    large = _count_queries(client, index.url + path)
    assert small == large


@freeze_time(NOW)
def test_upcoming_events_tag_one_query(index, event_factory, django_assert_num_queries):
    event_factory(title="三番目", start=tokyo(2026, 12, 20, 10))
    event_factory(title="一番目", start=tokyo(2026, 12, 4, 10))
    event_factory(title="二番目", start=tokyo(2026, 12, 5, 10))
    event_factory(title="四番目", start=tokyo(2026, 12, 25, 10))
    event_factory(title="過去", start=tokyo(2026, 11, 25, 10))
    template = Template("{% load event_tags %}{% upcoming_events 3 %}")
    with django_assert_num_queries(1):
        html = template.render(Context({}))
    assert html.index("一番目") < html.index("二番目") < html.index("三番目")
    assert "四番目" not in html and "過去" not in html


@freeze_time(NOW)
def test_english_index_lists_translations_or_falls_back(
    client, index, event_factory, locales
):
    translated = event_factory(title="翻訳あり", start=tokyo(2026, 12, 4, 10))
    event_factory(title="翻訳なし", start=tokyo(2026, 12, 5, 10))
    home_en = index.get_parent().copy_for_translation(locales["en"])
    home_en.save_revision().publish()
    en_index = index.copy_for_translation(locales["en"])
    en_index.save_revision().publish()
    english = translated.copy_for_translation(locales["en"])
    english.title = "Translated"
    english.save_revision().publish()
    response = client.get(en_index.url)
    assert titles(response) == ["Translated", "翻訳なし"]


@freeze_time(NOW)
def test_filter_by_region(client, index, event_factory):
    from organisations.models import Region

    west, east = Region.objects.all()[:2]
    event_factory(title="西の会", region=west, start=tokyo(2026, 12, 10, 13))
    event_factory(title="東の会", region=east, start=tokyo(2026, 12, 11, 13))
    response = client.get(index.url + f"?region={west.slug}")
    assert titles(response) == ["西の会"]
    assert west.name in response.content.decode()
