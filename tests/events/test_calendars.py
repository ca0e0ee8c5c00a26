"""iCalendar files, calendar links and schema.org data."""

import datetime
import json
import re

import pytest
from django.core.cache import cache
from freezegun import freeze_time
from icalendar import Calendar

from events.models import EventFormat, EventStatus
from tests.events.factories import tokyo

pytestmark = pytest.mark.django_db


def parse(response):
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_event_ics_is_valid_and_stable(client, event_factory):
    event = event_factory(
        title="地域ワークショップ",
        start=tokyo(2026, 12, 10, 13, 30),
        end=tokyo(2026, 12, 10, 16, 0),
        location="SRID=4326;POINT(139.6489 35.8617)",
    )
    cal = parse(client.get(event.url + "event.ics"))
    [vevent] = cal.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "地域ワークショップ"
    assert vevent["DTSTART"].dt == tokyo(2026, 12, 10, 13, 30)
    assert str(vevent["DTSTART"].dt.tzinfo) == "Asia/Tokyo"
    assert vevent["DTEND"].dt == tokyo(2026, 12, 10, 16, 0)
    assert "DTSTAMP" in vevent
    assert str(vevent["URL"]).endswith(event.url)
    assert "埼玉会館" in str(vevent["LOCATION"])
    assert cal.walk("VTIMEZONE")[0]["TZID"] == "Asia/Tokyo"
    uid = str(vevent["UID"])
    event.title = "変更後"
    event.save_revision().publish()
    cache.clear()
    [again] = parse(client.get(event.url + "event.ics")).walk("VEVENT")
    assert str(again["UID"]) == uid


def test_all_day_event_uses_dates(client, event_factory):
    event = event_factory(
        all_day=True,
        start_date=datetime.date(2026, 12, 5),
        end_date=datetime.date(2026, 12, 6),
    )
    [vevent] = parse(client.get(event.url + "event.ics")).walk("VEVENT")
    assert vevent["DTSTART"].dt == datetime.date(2026, 12, 5)
    assert vevent["DTEND"].dt == datetime.date(2026, 12, 7)
    assert "VALUE=DATE" in vevent.to_ical().decode()


def test_cancelled_event_is_cancelled_in_calendars(client, event_factory):
    event = event_factory(status=EventStatus.CANCELLED, status_reason="台風のため")
    [vevent] = parse(client.get(event.url + "event.ics")).walk("VEVENT")
    assert str(vevent["STATUS"]) == "CANCELLED"
    html = client.get(event.url).content.decode()
    assert "このイベントは中止になりました。" in html
    assert "台風のため" in html


@freeze_time("2026-12-03 10:00:00+09:00")
def test_feed_lists_upcoming_and_recent_events(client, index, event_factory):
    event_factory(title="来週", start=tokyo(2026, 12, 10, 13))
    event_factory(title="先月", start=tokyo(2026, 11, 10, 13))
    event_factory(title="二年前", start=tokyo(2024, 11, 10, 13))
    cal = parse(client.get(index.url + "feed.ics"))
    names = sorted(str(v["SUMMARY"]) for v in cal.walk("VEVENT"))
    assert names == ["先月", "来週"]
    html = client.get(index.url).content.decode()
    assert re.search(r'rel="alternate" type="text/calendar"[^>]*feed\.ics', html)


def test_event_page_links_calendars_and_describes_itself(client, event_factory):
    event = event_factory(
        event_format=EventFormat.HYBRID,
        online_platform="YouTube Live",
        online_url="https://youtube.example.jp/secret",
    )
    html = client.get(event.url).content.decode()
    assert 'type="text/calendar"' in html and "event.ics" in html
    assert "calendar.google.com/calendar/render?action=TEMPLATE" in html
    data = json.loads(
        re.search(
            r'<script type="application/ld\+json">(\{"@context": "https://schema.org",'
            r' "@type": "Event".*?)</script>',
            html,
        )[1]
    )
    assert data["eventAttendanceMode"].endswith("MixedEventAttendanceMode")
    assert data["eventStatus"].endswith("EventScheduled")
    types = sorted(place["@type"] for place in data["location"])
    assert types == ["Place", "VirtualLocation"]
    assert "secret" not in json.dumps(data)
    assert "secret" not in html


def test_anonymous_event_page_sets_no_cookie_and_is_cacheable(client, event_factory):
    event = event_factory(capacity=10)
    response = client.get(event.url)
    assert response.status_code == 200
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert "public" in response.get("Cache-Control", "")
