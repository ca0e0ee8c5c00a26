"""Dates and times of events as people write them (2026年12月5日（土）13:30〜16:00)."""

import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from events.models.pages import TOKYO


def day_label(day):
    return _("%(date)s (%(weekday)s)") % {
        "date": date_format(day, "DATE_FORMAT"),
        "weekday": date_format(day, "D"),
    }


def event_when(event):
    """One line saying when the event happens, in Japan time."""
    if event.starts_at is None:
        return ""
    if event.all_day:
        first, last = event.start_date, event.last_day
        if first == last:
            return day_label(first)
        return _("%(start)s to %(end)s") % {
            "start": day_label(first),
            "end": day_label(last),
        }
    start = timezone.localtime(event.starts_at, TOKYO)
    end = timezone.localtime(event.ends_at, TOKYO)
    if start.date() == end.date():
        if start == end:
            return f"{day_label(start.date())} {start:%H:%M}"
        return _("%(start)s to %(end)s") % {
            "start": f"{day_label(start.date())} {start:%H:%M}",
            "end": f"{end:%H:%M}",
        }
    return _("%(start)s to %(end)s") % {
        "start": f"{day_label(start.date())} {start:%H:%M}",
        "end": f"{day_label(end.date())} {end:%H:%M}",
    }


def event_first_day(event):
    if event.all_day:
        return event.start_date
    return timezone.localtime(event.starts_at, TOKYO).date()


def tomorrow_window(now):
    """Events starting within the next day get the reminder."""
    return now, now + datetime.timedelta(days=1)
