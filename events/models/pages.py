"""The event page: what residents read, and what registration needs to know."""

import datetime
import logging
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField
from wagtailgeowidget.helpers import geosgeometry_str_to_struct
from wagtailgeowidget.panels import LeafletPanel

from events.blocks import EventBodyBlock, MaterialsBlock

from .choices import Accommodation, Audience, EventFormat, EventStatus, EventType
from .fields import ChoiceSetField

logger = logging.getLogger(__name__)

TOKYO = ZoneInfo("Asia/Tokyo")


def source_locale():
    """Japanese is the language every event is written in first."""
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def labels(choices, values):
    names = dict(choices.choices)
    return [names[value] for value in values if value in names]


class EventPage(RoutablePageMixin, Page):
    """One workshop, training, seminar or symposium (研修・ワークショップ・セミナー)."""

    event_type = models.CharField(
        _("type"),
        max_length=20,
        choices=EventType.choices,
        default=EventType.SEMINAR,
        help_text=_("What kind of event this is. Residents can filter the list by it."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=EventStatus.choices,
        default=EventStatus.SCHEDULED,
        help_text=_(
            "Choose postponed or cancelled if plans change: a notice appears at the "
            "top of the page and registration stops."
        ),
    )
    status_reason = models.TextField(
        _("reason for the change"),
        blank=True,
        help_text=_(
            "Shown prominently when the event is postponed or cancelled, e.g. "
            "台風の接近により中止します。"
        ),
    )
    all_day = models.BooleanField(
        _("all day"),
        default=False,
        help_text=_(
            "Tick for events without times (e.g. an exhibition over several days); "
            "then fill in the start and end dates instead of the times."
        ),
    )
    start = models.DateTimeField(
        _("starts"),
        null=True,
        blank=True,
        help_text=_("Date and time it begins (Japan time), e.g. 2026-12-05 13:30."),
    )
    end = models.DateTimeField(
        _("ends"),
        null=True,
        blank=True,
        help_text=_("Date and time it ends (Japan time). May be on a later day."),
    )
    start_date = models.DateField(
        _("first day"),
        null=True,
        blank=True,
        help_text=_("For all-day events only: the first day."),
    )
    end_date = models.DateField(
        _("last day"),
        null=True,
        blank=True,
        help_text=_(
            "For all-day events only: the last day (same as the first day "
            "for a one-day event)."
        ),
    )
    # Filled from the fields above on save, so listings sort and filter by one
    # column whether or not the event has times.
    starts_at = models.DateTimeField(null=True, editable=False, db_index=True)
    ends_at = models.DateTimeField(null=True, editable=False, db_index=True)

    event_format = models.CharField(
        _("format"),
        max_length=10,
        choices=EventFormat.choices,
        default=EventFormat.VENUE,
        help_text=_("At a venue, online, or both at once (hybrid)."),
    )
    venue = models.CharField(
        _("venue name"),
        max_length=200,
        blank=True,
        help_text=_("e.g. 埼玉会館 小ホール. Leave empty for online-only events."),
    )
    address = models.CharField(
        _("address"),
        max_length=255,
        blank=True,
        help_text=_("e.g. さいたま市浦和区高砂3-1-4. Shown with the map."),
    )
    location = models.CharField(
        _("map location"),
        max_length=250,
        blank=True,
        help_text=_("Click the map or search the address to place the venue's pin."),
    )
    online_platform = models.CharField(
        _("online platform"),
        max_length=100,
        blank=True,
        help_text=_("e.g. Zoom, YouTube Live. Shown on the page."),
    )
    online_url = models.URLField(
        _("online link"),
        max_length=500,
        blank=True,
        help_text=_(
            "The meeting or stream link. Never shown on the page: it is sent only "
            "to registered people, in their confirmation and the day before."
        ),
    )
    organisers = ParentalManyToManyField(
        "organisations.Organisation",
        verbose_name=_("organisers"),
        blank=True,
        related_name="organised_events",
        # Organisers are chosen in Japanese; each page shows them in its language.
        limit_choices_to={"locale__language_code": "ja"},
        help_text=_(
            "The organisations running the event, shown on the page and "
            "on each organisation's page."
        ),
    )
    region = models.ForeignKey(
        "organisations.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Where in the prefecture it takes place. Empty for online-only "
            "or prefecture-wide events."
        ),
    )
    audience = ChoiceSetField(
        _("who it is for"),
        item_choices=Audience.choices,
        help_text=_("Tick everyone who is welcome. Residents can filter by it."),
    )
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        help_text=_(
            "How many people can register. Once it is full, people join the "
            "waitlist. Empty means no limit."
        ),
    )
    registration_enabled = models.BooleanField(
        _("take registrations on this page"),
        default=True,
        help_text=_("Untick for events anyone can just walk into."),
    )
    waitlist_enabled = models.BooleanField(
        _("offer a waitlist when full"),
        default=True,
        help_text=_("People on the waitlist move up in order when someone cancels."),
    )
    registration_opens = models.DateTimeField(
        _("registration opens"),
        null=True,
        blank=True,
        help_text=_("Empty means registration is open as soon as the page is live."),
    )
    registration_deadline = models.DateTimeField(
        _("registration deadline"),
        null=True,
        blank=True,
        help_text=_("Empty means registration closes when the event starts."),
    )
    registration_closed = models.BooleanField(
        _("close registration now"),
        default=False,
        help_text=_("Tick to stop taking registrations early, whatever the deadline."),
    )
    fee = models.PositiveIntegerField(
        _("fee (yen)"),
        default=0,
        help_text=_("0 means free. Shown as 参加無料 in lists."),
    )
    fee_note = models.CharField(
        _("fee note"),
        max_length=200,
        blank=True,
        help_text=_("Optional, e.g. 資料代として当日お支払いください."),
    )
    accommodations = ChoiceSetField(
        _("support offered"),
        item_choices=Accommodation.choices,
        help_text=_(
            "Support available on the day. People can also ask for it when "
            "they register."
        ),
    )
    contact = models.TextField(
        _("contact"),
        blank=True,
        help_text=_(
            "Who to ask about the event, e.g. 事務局 048-000-0000（平日9時〜17時）."
        ),
    )
    body = StreamField(
        EventBodyBlock(),
        verbose_name=_("description"),
        blank=True,
        help_text=_("The programme, speakers and anything else worth knowing."),
    )
    materials = StreamField(
        MaterialsBlock(),
        verbose_name=_("materials"),
        blank=True,
        help_text=_("Handouts and slides for participants (PDF is best)."),
    )
    recording_url = models.URLField(
        _("recording link"),
        blank=True,
        help_text=_("After the event: where the recording can be watched, if any."),
    )

    template = "pages/events/event_page.html"
    parent_page_types = ["events.EventIndexPage", "members.MemberEventIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("event_type"),
                FieldPanel("status"),
                FieldPanel("status_reason"),
            ],
            heading=_("Type and status"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("event_format"),
                FieldPanel("venue"),
                FieldPanel("address"),
                LeafletPanel("location", address_field="address"),
                FieldPanel("region"),
                FieldPanel("online_platform"),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("organisers"),
        FieldPanel("audience"),
        MultiFieldPanel(
            [
                FieldPanel("registration_enabled"),
                FieldPanel("capacity"),
                FieldPanel("waitlist_enabled"),
                FieldRowPanel(
                    [
                        FieldPanel("registration_opens"),
                        FieldPanel("registration_deadline"),
                    ]
                ),
                FieldPanel("registration_closed"),
            ],
            heading=_("Registration"),
        ),
        FieldRowPanel([FieldPanel("fee"), FieldPanel("fee_note")]),
        FieldPanel("accommodations"),
        FieldPanel("contact"),
        FieldPanel("body"),
        FieldPanel("materials"),
        FieldPanel("recording_url"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("body"),
        index.SearchField("venue"),
        index.SearchField("address"),
        index.FilterField("event_type"),
        index.FilterField("event_format"),
        index.FilterField("status"),
        index.FilterField("starts_at"),
        index.FilterField("ends_at"),
        index.FilterField("region"),
        index.RelatedFields("organisers", [index.SearchField("name")]),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("slug"),
        TranslatableField("status_reason"),
        TranslatableField("venue"),
        TranslatableField("address"),
        TranslatableField("fee_note"),
        TranslatableField("contact"),
        TranslatableField("body"),
        SynchronizedField("materials"),
    ] + [
        SynchronizedField(name)
        for name in (
            "event_type",
            "status",
            "all_day",
            "start",
            "end",
            "start_date",
            "end_date",
            "event_format",
            "location",
            "online_platform",
            "online_url",
            "organisers",
            "region",
            "audience",
            "capacity",
            "registration_enabled",
            "waitlist_enabled",
            "registration_opens",
            "registration_deadline",
            "registration_closed",
            "fee",
            "accommodations",
            "recording_url",
        )
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    # -- time --------------------------------------------------------------

    def compute_bounds(self):
        """The event's span as aware datetimes; all-day events span whole days."""
        if self.all_day and self.start_date:
            last = self.end_date or self.start_date
            start = datetime.datetime.combine(self.start_date, datetime.time(), TOKYO)
            end = datetime.datetime.combine(
                last + datetime.timedelta(days=1), datetime.time(), TOKYO
            )
            return start, end
        if self.start:
            return self.start, self.end or self.start
        return None, None

    def clean(self):
        super().clean()
        errors = {}
        if self.all_day:
            if not self.start_date:
                errors["start_date"] = _("An all-day event needs its first day.")
            elif self.end_date and self.end_date < self.start_date:
                errors["end_date"] = _("The last day cannot be before the first day.")
        else:
            if not self.start:
                errors["start"] = _(
                    "Please enter when the event starts (or tick 'all day')."
                )
            elif self.end and self.end < self.start:
                errors["end"] = _("The end cannot be before the start.")
        if self.location and not geosgeometry_str_to_struct(self.location):
            errors["location"] = _("Please place the pin on the map again.")
        if (
            self.registration_opens
            and self.registration_deadline
            and self.registration_deadline < self.registration_opens
        ):
            errors["registration_deadline"] = _(
                "The deadline cannot be before registration opens."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.all_day:
            self.start = self.end = None
        else:
            self.start_date = self.end_date = None
        self.starts_at, self.ends_at = self.compute_bounds()
        return super().save(*args, **kwargs)

    @property
    def is_past(self):
        return self.ends_at is not None and self.ends_at < timezone.now()

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def is_multi_day(self):
        if not self.starts_at:
            return False
        last = (
            self.ends_at - datetime.timedelta(seconds=1)
            if self.all_day
            else (self.ends_at)
        )
        return timezone.localtime(self.starts_at, TOKYO).date() != (
            timezone.localtime(last, TOKYO).date()
        )

    @property
    def last_day(self):
        return self.end_date or self.start_date

    @property
    def has_venue(self):
        return self.event_format in (EventFormat.VENUE, EventFormat.HYBRID)

    @property
    def is_online(self):
        return self.event_format in (EventFormat.ONLINE, EventFormat.HYBRID)

    @cached_property
    def coordinates(self):
        """(latitude, longitude) of the venue, or None."""
        point = geosgeometry_str_to_struct(self.location or "")
        if not point:
            return None
        return float(point["y"]), float(point["x"])

    # -- translations and registrations -------------------------------------

    @cached_property
    def source_event(self):
        """The Japanese page registrations belong to, whichever translation is read."""
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return self
        return (
            EventPage.objects.filter(
                translation_key=self.translation_key,
                locale__language_code=settings.LANGUAGE_CODE,
            ).first()
            or self
        )

    @cached_property
    def localized_organisers(self):
        from events.localization import localized_organisers

        return localized_organisers(self)

    @cached_property
    def registration_state(self):
        from events.registration import RegistrationState

        return RegistrationState.for_event(self)

    def get_context(self, request, *args, **kwargs):
        from cms.page_cache import depends_on
        from events.registration import SEATS

        depends_on(request, SEATS)
        context = super().get_context(request, *args, **kwargs)
        context["audience_labels"] = labels(Audience, self.audience)
        context["accommodation_labels"] = labels(Accommodation, self.accommodations)
        if "form" not in context:
            from events.forms import RegistrationForm

            context["form"] = RegistrationForm(event=self)
        return context

    @path("")
    def event_view(self, request):
        return self.render(request)
