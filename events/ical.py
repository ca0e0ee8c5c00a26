"""iCalendar (RFC 5545) files: one per event and a feed for the index.

Times are written with ``TZID=Asia/Tokyo`` and a VTIMEZONE block; all-day events
use ``VALUE=DATE`` with the exclusive end day RFC 5545 expects. The online link is
only ever written into the file attached to a registrant's email.
"""

import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from icalendar import Calendar, Event

from events.models import EventStatus
from events.models.pages import TOKYO

# Part of every UID; never change it, or calendars will duplicate events.
UID_DOMAIN = "events.saitama-kodoku-platform"

STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}


def event_uid(event):
    """Stable across edits and translations: the translation key never changes."""
    return f"event-{event.translation_key}@{UID_DOMAIN}"


def location_text(event):
    parts = []
    if event.has_venue:
        parts += [part for part in (event.venue, event.address) if part]
    if event.is_online:
        parts.append(event.online_platform or "Online")
    return " / ".join(parts)


def plain_description(event, limit=400):
    text = event.search_description or " ".join(
        strip_tags(str(block.value)) if block.block_type == "paragraph" else ""
        for block in event.body
    )
    return Truncator(" ".join(text.split())).chars(limit)


def build_vevent(event, url, online_url=None, now=None):
    vevent = Event()
    vevent.add("uid", event_uid(event))
    vevent.add("dtstamp", (now or timezone.now()).astimezone(datetime.UTC))
    vevent.add("summary", event.title)
    if event.all_day:
        vevent.add("dtstart", event.start_date)
        vevent.add("dtend", event.last_day + datetime.timedelta(days=1))
    else:
        vevent.add("dtstart", timezone.localtime(event.starts_at, TOKYO))
        vevent.add("dtend", timezone.localtime(event.ends_at, TOKYO))
    vevent.add("status", STATUS.get(event.status, "CONFIRMED"))
    vevent.add("url", url)
    if event.last_published_at:
        vevent.add("last-modified", event.last_published_at.astimezone(datetime.UTC))
    location = location_text(event)
    if location:
        vevent.add("location", location)
    if event.coordinates:
        vevent.add("geo", event.coordinates)
    description = plain_description(event)
    if online_url:
        description = f"{description}\n\n{online_url}".strip()
    description = f"{description}\n\n{url}".strip()
    vevent.add("description", description)
    return vevent


def new_calendar(name=None):
    cal = Calendar()
    cal.add("prodid", "-//Saitama Loneliness and Isolation Platform//events//JA")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if name:
        cal.add("x-wr-calname", name)
        cal.add("x-wr-timezone", "Asia/Tokyo")
    return cal


def finish(cal):
    cal.add_missing_timezones()
    return cal.to_ical()


def event_ics(event, url, online_url=None):
    cal = new_calendar()
    cal.add("method", "PUBLISH")
    cal.add_component(build_vevent(event, url, online_url=online_url))
    return finish(cal)


def ics_response(content, filename):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = f"public, max-age={settings.PAGE_CACHE_SECONDS}"
    return response


def event_ics_response(request, event):
    url = event.get_full_url(request)
    return ics_response(event_ics(event, url), f"event-{event.pk}.ics")


def feed_ics_response(request, index):
    from events.listing import feed_events

    cal = new_calendar(name=index.title)
    for event in feed_events(index):
        cal.add_component(build_vevent(event, event.get_full_url(request)))
    return ics_response(finish(cal), "events.ics")


def google_calendar_url(event, url):
    if event.all_day:
        dates = "{}/{}".format(
            event.start_date.strftime("%Y%m%d"),
            (event.last_day + datetime.timedelta(days=1)).strftime("%Y%m%d"),
        )
    else:
        fmt = "%Y%m%dT%H%M%SZ"
        start = event.starts_at.astimezone(datetime.UTC).strftime(fmt)
        end = event.ends_at.astimezone(datetime.UTC).strftime(fmt)
        dates = f"{start}/{end}"
    params = {
        "action": "TEMPLATE",
        "text": event.title,
        "dates": dates,
        "details": url,
        "ctz": "Asia/Tokyo",
    }
    location = location_text(event)
    if location:
        params["location"] = location
    return "https://calendar.google.com/calendar/render?" + urlencode(params)
