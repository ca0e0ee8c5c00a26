"""The organisation (支援団体) snippet: one entry of the support map."""

import re

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin
from wagtail_localize.fields import SynchronizedField

from organisations.choices import (
    Audience,
    ContactMethod,
    Language,
    OrganisationType,
    Weekday,
)
from organisations.fields import ChoiceListField
from organisations.geo import format_point, parse_point
from organisations.holidays import closure_name

POSTAL_CODE_RE = re.compile(r"^\d{3}-?\d{4}$")


class OrganisationQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def live(self):
        return self.filter(live=True)

    def with_method(self, key):
        return self.filter(contact_methods__contains=f",{key},")

    def with_audience(self, key):
        return self.filter(audiences__contains=f",{key},")

    def with_language(self, key):
        return self.filter(languages__contains=f",{key},")


class Organisation(
    PreviewableMixin,
    LockableMixin,
    WorkflowMixin,
    DraftStateMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_(
            "The organisation's name as residents know it, e.g. 川越市社会福祉協議会."
        ),
    )
    name_kana = models.CharField(
        _("reading (kana)"),
        max_length=200,
        blank=True,
        help_text=_(
            "The name in hiragana or katakana, used to sort the list in "
            "Japanese order, e.g. かわごえししゃかいふくしきょうぎかい."
        ),
    )
    slug = models.SlugField(
        _("web address"),
        max_length=100,
        allow_unicode=False,
        help_text=_(
            "Last part of the organisation's page address on the support map, "
            "in lower-case letters, digits and hyphens, e.g. kawagoe-shakyo."
        ),
    )
    organisation_type = models.CharField(
        _("type"),
        max_length=30,
        choices=OrganisationType.choices,
        default=OrganisationType.NONPROFIT,
    )
    is_member = models.BooleanField(
        _("platform member"),
        default=False,
        help_text=_("Tick if the organisation has joined the platform (会員団体)."),
    )
    member_since = models.DateField(
        _("member since"),
        null=True,
        blank=True,
        help_text=_("The date it joined the platform, if known."),
    )
    municipality = models.ForeignKey(
        "organisations.Municipality",
        verbose_name=_("municipality"),
        null=True,
        blank=False,
        on_delete=models.PROTECT,
        related_name="organisations",
        help_text=_("Where the organisation is based. Shown for every organisation."),
    )
    postal_code = models.CharField(
        _("postal code"),
        max_length=8,
        blank=True,
        help_text=_("e.g. 350-0036. Never shown if the location is confidential."),
    )
    address = models.CharField(
        _("address"),
        max_length=255,
        blank=True,
        help_text=_(
            "Street address from the municipality on, e.g. 川越市小仙波町2-50-1. "
            "Typing it here also searches the map below."
        ),
    )
    location = models.CharField(
        _("map location"),
        max_length=250,
        blank=True,
        help_text=_(
            "Drag the pin or click the map to place the organisation. "
            "Leave empty if it has no public place to visit."
        ),
    )
    latitude = models.FloatField(_("latitude"), null=True, blank=True, editable=False)
    longitude = models.FloatField(_("longitude"), null=True, blank=True, editable=False)
    confidential_location = models.BooleanField(
        _("confidential location"),
        default=False,
        help_text=_(
            "Tick for shelters and other places that must not be found. Only the "
            "municipality is shown: never the address, postal code or map pin."
        ),
    )
    phone = models.CharField(
        _("phone"),
        max_length=30,
        blank=True,
        help_text=_(
            "As it should be dialled, e.g. 049-000-0000. Shown as a tap-to-call link."
        ),
    )
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    contact_methods = ChoiceListField(
        _("contact methods"),
        choices=ContactMethod.choices,
        help_text=_("Every way residents can reach the organisation."),
    )
    closed_on_holidays = models.BooleanField(
        _("closed on public holidays and over the New Year"),
        default=False,
        help_text=_(
            "Tick if the organisation is closed on public holidays (祝日) and from "
            "29 December to 3 January, whatever the weekly hours say. The map "
            "then never shows it as open on those days."
        ),
    )
    hours_note = models.CharField(
        _("notes on opening hours"),
        max_length=255,
        blank=True,
        help_text=_("e.g. 祝日・年末年始はお休み / 第2土曜日のみ開所."),
    )
    fees = models.CharField(
        _("fees"),
        max_length=255,
        blank=True,
        help_text=_("What it costs, e.g. 無料 / 1回300円."),
    )
    audiences = ChoiceListField(
        _("who it is for"),
        choices=Audience.choices,
        help_text=_("Used by the 'who it is for' filter of the support map."),
    )
    audience_note = models.CharField(
        _("who it is for (details)"),
        max_length=255,
        blank=True,
        help_text=_("In your own words, e.g. 15〜39歳のご本人とご家族."),
    )
    languages = ChoiceListField(
        _("languages spoken"),
        choices=Language.choices,
        default=list,
        help_text=_("Languages in which residents can be helped."),
    )
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        help_text=_("e.g. 車いすで入れます / 筆談できます / 駐車場あり."),
    )
    description = models.TextField(
        _("description"),
        help_text=_(
            "Two to five plain sentences on what the organisation does and what "
            "happens when someone gets in touch."
        ),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    categories = ParentalManyToManyField(
        "organisations.SupportCategory",
        verbose_name=_("support categories"),
        blank=True,
        related_name="organisations",
        help_text=_("What the organisation helps with. Used by the map's filters."),
    )
    last_checked = models.DateField(
        _("last checked"),
        null=True,
        blank=True,
        help_text=_("When these details were last confirmed. Shown to residents."),
    )
    external_id = models.CharField(
        _("import key"),
        max_length=100,
        blank=True,
        help_text=_(
            "Identifier used by spreadsheet imports (external_id column). "
            "Leave as it is."
        ),
    )

    _revisions = GenericRelation(
        "wagtailcore.Revision", related_query_name="organisation"
    )

    objects = OrganisationQuerySet.as_manager()

    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("name_kana", boost=2),
        index.SearchField("description"),
        index.SearchField("audience_note"),
        index.SearchField("fees"),
        index.SearchField("hours_note"),
        index.SearchField("accessibility"),
        index.SearchField("search_labels"),
        index.SearchField("search_address"),
        index.RelatedFields("categories", [index.SearchField("name")]),
        index.RelatedFields("municipality", [index.SearchField("name")]),
        index.FilterField("locale"),
        index.FilterField("live"),
        index.FilterField("is_member"),
        index.FilterField("organisation_type"),
        index.FilterField("municipality"),
    ]

    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("organisation_type"),
        SynchronizedField("is_member"),
        SynchronizedField("member_since"),
        SynchronizedField("municipality"),
        SynchronizedField("postal_code"),
        SynchronizedField("location"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("confidential_location"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        SynchronizedField("contact_methods"),
        SynchronizedField("audiences"),
        SynchronizedField("languages"),
        SynchronizedField("logo"),
        SynchronizedField("categories"),
        SynchronizedField("last_checked"),
        SynchronizedField("external_id"),
        SynchronizedField("opening_hours"),
        SynchronizedField("closed_on_holidays"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name_kana", "name", "pk"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_organisation_slug_per_locale"
            ),
            models.UniqueConstraint(
                fields=["external_id", "locale"],
                condition=~models.Q(external_id=""),
                name="unique_organisation_external_id_per_locale",
            ),
        ]

    def __str__(self):
        return self.name

    # Location -------------------------------------------------------------
    @property
    def point(self):
        """(latitude, longitude) or None."""
        if self.latitude is None or self.longitude is None:
            return None
        return (self.latitude, self.longitude)

    @property
    def public_point(self):
        """The point residents may see: None for a confidential location."""
        return None if self.confidential_location else self.point

    @property
    def search_address(self):
        # A confidential address must not be findable through site search.
        return "" if self.confidential_location else self.address

    def set_point(self, latitude, longitude):
        self.location = format_point(latitude, longitude)
        self.latitude, self.longitude = latitude, longitude

    def clean(self):
        super().clean()
        if self.postal_code and not POSTAL_CODE_RE.match(self.postal_code):
            raise ValidationError(
                {"postal_code": _("Enter seven digits, e.g. 350-0036.")}
            )
        if self.location and parse_point(self.location) is None:
            raise ValidationError(
                {
                    "location": _(
                        "Place the pin on the map again; this value is not a location."
                    )
                }
            )

    def save(self, *args, **kwargs):
        parsed = parse_point(self.location) if self.location else None
        if parsed:
            self.latitude, self.longitude = parsed
        else:
            self.latitude = self.longitude = None
        if self.postal_code and len(self.postal_code) == 7:
            self.postal_code = f"{self.postal_code[:3]}-{self.postal_code[3:]}"
        super().save(*args, **kwargs)

    # Opening hours --------------------------------------------------------
    def closed_for_holiday(self, moment):
        """The holiday that closes the organisation at ``moment``, or ""."""
        if not self.closed_on_holidays:
            return ""
        return closure_name(timezone.localtime(moment))

    def is_open_at(self, moment):
        """True if any opening-hours row covers ``moment`` (aware datetime)."""
        if self.closed_for_holiday(moment):
            return False
        local = timezone.localtime(moment)
        weekday, now = local.weekday(), local.time()
        return any(
            row.weekday == weekday and row.opens <= now < row.closes
            for row in self.opening_hours.all()
        )

    # Labels ---------------------------------------------------------------
    def contact_method_labels(self):
        labels = dict(ContactMethod.choices)
        return [labels[key] for key in self.contact_methods if key in labels]

    def audience_labels(self):
        labels = dict(Audience.choices)
        return [labels[key] for key in self.audiences if key in labels]

    def language_labels(self):
        labels = dict(Language.choices)
        return [labels[key] for key in self.languages if key in labels]

    @property
    def search_labels(self):
        """How residents can reach the organisation, who it is for, the languages
        it speaks and its type, in the entry's own language: so that 訪問, LINE,
        英語 or 社会福祉協議会 find the organisations that offer them."""
        with translation.override(self.locale.language_code):
            labels = [
                *self.contact_method_labels(),
                *self.audience_labels(),
                *self.language_labels(),
                self.get_organisation_type_display(),
            ]
            return "・".join(str(label) for label in labels)

    @classmethod
    def get_indexed_objects(cls):
        # search_labels reads the locale of every entry indexed.
        return super().get_indexed_objects().select_related("locale")

    # Preview --------------------------------------------------------------
    def get_preview_template(self, request, mode_name):
        return "pages/organisations/organisation_detail.html"

    def get_preview_context(self, request, mode_name):
        from organisations.models.pages import DirectoryPage
        from organisations.views.detail import detail_context

        pages = DirectoryPage.objects.live()
        page = pages.filter(locale_id=self.locale_id).first() or pages.first()
        return detail_context(request, self, directory_page=page)


class OpeningHours(Orderable):
    """One opening period on one weekday; add two rows for a lunch break."""

    organisation = ParentalKey(
        Organisation, on_delete=models.CASCADE, related_name="opening_hours"
    )
    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    panels = [
        FieldRowPanel(
            [FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")]
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    def clean(self):
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError(
                {"closes": _("The closing time must be later than the opening time.")}
            )
