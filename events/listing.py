"""Finding events: the filters, the list, the month calendar and the feed's events.

Everything is read from GET parameters so it works without JavaScript. A value
that makes no sense is ignored and a friendly note says so, instead of an error.
The number of queries does not grow with the number of events.
"""

import calendar
import datetime
import re

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from cms.page_cache import depends_on
from events.localization import localize_pages
from events.models import (
    Audience,
    EventFormat,
    EventPage,
    EventType,
    Registration,
    RegistrationStatus,
)
from events.models.pages import TOKYO
from events.registration import SEATS
from organisations.models import Region

PER_PAGE = 12
MONTH = re.compile(r"^(\d{4})-(\d{2})$")
FEED_PAST_DAYS = 90


def source_index(index):
    if index.locale.language_code == settings.LANGUAGE_CODE:
        return index
    return (
        type(index)
        .objects.filter(
            translation_key=index.translation_key,
            locale__language_code=settings.LANGUAGE_CODE,
        )
        .first()
        or index
    )


def events_under(index):
    """Live source (Japanese) events under the index, with confirmed-seat counts."""
    confirmed = (
        Registration.objects.filter(
            event=OuterRef("pk"), status=RegistrationStatus.CONFIRMED
        )
        .order_by()
        .values("event")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        EventPage.objects.live()
        .descendant_of(source_index(index))
        .filter(starts_at__isnull=False)
        .annotate(
            confirmed_count=Coalesce(
                Subquery(confirmed, output_field=IntegerField()), 0
            )
        )
        .select_related("region")
    )


def month_bounds(year, month):
    start = datetime.datetime(year, month, 1, tzinfo=TOKYO)
    if month == 12:
        end = datetime.datetime(year + 1, 1, 1, tzinfo=TOKYO)
    else:
        end = datetime.datetime(year, month + 1, 1, tzinfo=TOKYO)
    return start, end


def add_months(year, month, delta):
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def seat_info(event):
    """What the list says about seats for one (annotated source) event."""
    if not event.registration_enabled:
        return "none", None
    if event.capacity is None:
        return "open", None
    left = max(event.capacity - event.confirmed_count, 0)
    if left:
        return "left", left
    return ("waitlist" if event.waitlist_enabled else "full"), 0


class EventListing:
    def __init__(self, index, request, now=None):
        self.index = index
        self.request = request
        self.now = now or timezone.now()
        self.notes = []
        params = request.GET
        self.view = "calendar" if params.get("view") == "calendar" else "list"
        self.when = "past" if params.get("when") == "past" else "upcoming"
        self.type = self._choice(params, "type", EventType, _("type"))
        self.format = self._choice(params, "format", EventFormat, _("format"))
        self.audience = self._choice(params, "audience", Audience, _("who it is for"))
        self.region = self._region(params.get("region", ""))
        self.month = self._month(params.get("month", ""))

    # -- parameters ----------------------------------------------------------

    def _choice(self, params, name, choices, label):
        value = params.get(name, "")
        if not value:
            return ""
        if value in choices.values:
            return value
        self.notes.append(
            _("The %(label)s “%(value)s” is unknown, so it was not used.")
            % {"label": label, "value": value[:40]}
        )
        return ""

    @cached_property
    def regions(self):
        return list(Region.objects.all())

    def _region(self, value):
        if not value:
            return None
        for region in self.regions:
            if region.slug == value:
                return region
        self.notes.append(
            _("The region “%(value)s” is unknown, so it was not used.")
            % {"value": value[:40]}
        )
        return None

    def _month(self, value):
        if not value:
            return None
        match = MONTH.match(value)
        if match:
            year, month = int(match[1]), int(match[2])
            if 2000 <= year <= 2100 and 1 <= month <= 12:
                return year, month
        self.notes.append(
            _(
                "The month “%(value)s” could not be read (write it like 2026-12), so "
                "it was not used."
            )
            % {"value": value[:40]}
        )
        return None

    @property
    def calendar_month(self):
        if self.month:
            return self.month
        today = timezone.localtime(self.now, TOKYO)
        return today.year, today.month

    # -- queries ---------------------------------------------------------------

    def filtered(self):
        qs = events_under(self.index)
        if self.type:
            qs = qs.filter(event_type=self.type)
        if self.format:
            # Online filter includes hybrid events: both can be joined online.
            if self.format == EventFormat.ONLINE:
                qs = qs.filter(
                    event_format__in=[EventFormat.ONLINE, EventFormat.HYBRID]
                )
            elif self.format == EventFormat.VENUE:
                qs = qs.filter(event_format__in=[EventFormat.VENUE, EventFormat.HYBRID])
            else:
                qs = qs.filter(event_format=self.format)
        if self.audience:
            qs = qs.filter(audience__contains=f",{self.audience},")
        if self.region:
            qs = qs.filter(region=self.region)
        return qs

    def _in_month(self, qs, year, month):
        start, end = month_bounds(year, month)
        return qs.filter(starts_at__lt=end, ends_at__gt=start)

    @cached_property
    def page(self):
        qs = self.filtered()
        if self.month:
            qs = self._in_month(qs, *self.month).order_by("starts_at", "pk")
        elif self.when == "past":
            qs = qs.filter(ends_at__lt=self.now).order_by("-starts_at", "-pk")
        else:
            qs = qs.filter(ends_at__gte=self.now).order_by("starts_at", "pk")
        paginator = Paginator(qs, PER_PAGE)
        try:
            page = paginator.page(self.request.GET.get("page", 1))
        except PageNotAnInteger:
            page = paginator.page(1)
        except EmptyPage:
            page = paginator.page(paginator.num_pages)
        page.object_list = self._items(page.object_list)
        return page

    def _items(self, events):
        depends_on(self.request, SEATS)
        items = localize_pages(events)
        for item in items:
            item.seat_state, item.seats_left = seat_info(item.source)
            item.is_upcoming = item.ends_at >= self.now
        return items

    @cached_property
    def weeks(self):
        """The month as weeks (Sunday first) of (date, [events]) cells."""
        year, month = self.calendar_month
        events = self._items(
            self._in_month(self.filtered(), year, month).order_by("starts_at", "pk")
        )
        cal = calendar.Calendar(firstweekday=6)
        weeks = []
        for week in cal.monthdatescalendar(year, month):
            row = []
            for day in week:
                start = datetime.datetime.combine(day, datetime.time(), TOKYO)
                end = start + datetime.timedelta(days=1)
                todays = (
                    [e for e in events if e.starts_at < end and e.ends_at > start]
                    if day.month == month
                    else []
                )
                row.append(
                    {"date": day, "in_month": day.month == month, "events": todays}
                )
            weeks.append(row)
        return weeks

    @property
    def calendar_first_day(self):
        year, month = self.calendar_month
        return datetime.date(year, month, 1)

    def month_query(self, delta):
        year, month = add_months(*self.calendar_month, delta)
        return self.query(view="calendar", month=f"{year:04d}-{month:02d}", page=None)

    @property
    def prev_month_query(self):
        return self.month_query(-1)

    @property
    def next_month_query(self):
        return self.month_query(1)

    # -- links -----------------------------------------------------------------

    def query(self, **changes):
        params = self.request.GET.copy()
        for key, value in changes.items():
            if value is None:
                params.pop(key, None)
            else:
                params[key] = value
        return "?" + params.urlencode() if params else "?"

    @property
    def page_links(self):
        page = self.page
        return [
            (number, self.query(page=str(number)), number == page.number)
            for number in page.paginator.page_range
        ]

    @property
    def list_query(self):
        return self.query(view=None, page=None)

    @property
    def calendar_query(self):
        return self.query(view="calendar", page=None)

    @property
    def past_query(self):
        return self.query(when="past", page=None, month=None)

    @property
    def upcoming_query(self):
        return self.query(when=None, page=None, month=None)

    @property
    def month_options(self):
        today = timezone.localtime(self.now, TOKYO)
        options = []
        for delta in range(-12, 13):
            year, month = add_months(today.year, today.month, delta)
            options.append(f"{year:04d}-{month:02d}")
        return options

    @property
    def selected_month(self):
        return f"{self.month[0]:04d}-{self.month[1]:02d}" if self.month else ""

    @property
    def has_filters(self):
        return bool(
            self.type or self.format or self.audience or self.region or self.month
        )

    choices = {
        "types": EventType.choices,
        "formats": EventFormat.choices,
        "audiences": Audience.choices,
    }


def feed_events(index, now=None):
    """Events for the calendar feed: upcoming and the last few months."""
    now = now or timezone.now()
    qs = events_under(index).filter(
        ends_at__gte=now - datetime.timedelta(days=FEED_PAST_DAYS)
    )
    return localize_pages(
        qs.order_by("starts_at", "pk")[:500], index.locale.language_code
    )


def upcoming_events(limit=3, now=None):
    """The next events in the current language (falling back to Japanese), one query."""
    from events.localization import active_language

    now = now or timezone.now()
    language = active_language()
    codes = {settings.LANGUAGE_CODE, language}
    rows = list(
        EventPage.objects.live()
        .filter(ends_at__gte=now, locale__language_code__in=codes)
        .exclude(Q(status="cancelled"))
        .select_related("locale")
        .order_by("starts_at", "pk")[: limit * len(codes)]
    )
    chosen = {}
    order = []
    for page in rows:
        key = page.translation_key
        if key not in chosen:
            order.append(key)
            chosen[key] = page
        elif page.locale.language_code == language:
            chosen[key] = page
    return [chosen[key] for key in order[:limit]]


def organisation_events(organisation, limit=5, now=None):
    """Upcoming events organised by any language version of ``organisation``."""
    now = now or timezone.now()
    events = (
        EventPage.objects.live()
        .filter(
            locale__language_code=settings.LANGUAGE_CODE,
            organisers__translation_key=organisation.translation_key,
            ends_at__gte=now,
        )
        .distinct()
        .order_by("starts_at", "pk")[:limit]
    )
    return localize_pages(events)
