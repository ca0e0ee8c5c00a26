"""Which organisations the support map shows, and how its URL filters read.

Every output of the map (list, detail, GeoJSON, CSV, HSDS) starts from
``localized_organisations``: the live organisations in the page's language, each
falling back to its Japanese original when no live translation exists, resolved
in one query by ``translation_key``.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Case, F, FloatField, Q, Subquery, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from organisations.choices import Audience, ContactMethod, Language
from organisations.geo import parse_latlng
from organisations.holidays import closure_name
from organisations.models import (
    Municipality,
    OpeningHours,
    Organisation,
    Region,
    SupportCategory,
)

MAX_QUERY_LENGTH = 100


def localized_organisations(locale_id):
    """Live organisations for a locale, falling back to the Japanese original."""
    live = Organisation.objects.filter(live=True)
    source = Q(locale__language_code=settings.LANGUAGE_CODE)
    translated_keys = Organisation.objects.filter(
        locale_id=locale_id, live=True
    ).values("translation_key")
    return live.filter(
        Q(locale_id=locale_id)
        | (source & ~Q(translation_key__in=Subquery(translated_keys)))
    )


def localized_categories(locale_id):
    """Support categories by slug, named in the locale or else in Japanese."""
    names = {}
    rows = SupportCategory.objects.filter(
        Q(locale_id=locale_id) | Q(locale__language_code=settings.LANGUAGE_CODE)
    ).values_list("slug", "name", "locale_id", "sort_order")
    for slug, name, row_locale_id, sort_order in rows:
        if slug not in names or row_locale_id == locale_id:
            names[slug] = (sort_order, name)
    return dict(sorted(names.items(), key=lambda item: (item[1][0], item[0])))


@dataclass
class DirectoryFilters:
    """The filters of one request, after reading and checking its GET parameters."""

    category: str = ""
    region: Region | None = None
    municipality: Municipality | None = None
    method: str = ""
    audience: str = ""
    language: str = ""
    open_now: bool = False
    q: str = ""
    near: tuple | None = None
    notes: list = field(default_factory=list)

    @property
    def active(self):
        return any(
            [
                self.category,
                self.region,
                self.municipality,
                self.method,
                self.audience,
                self.language,
                self.open_now,
                self.q,
                self.near,
            ]
        )

    def querystring(self):
        """The canonical query string of these filters (for links and exports)."""
        from urllib.parse import urlencode

        params = []
        if self.category:
            params.append(("category", self.category))
        if self.region:
            params.append(("region", self.region.slug))
        if self.municipality:
            params.append(("municipality", self.municipality.code))
        for name in ("method", "audience", "language", "q"):
            if getattr(self, name):
                params.append((name, getattr(self, name)))
        if self.open_now:
            params.append(("open_now", "1"))
        if self.near:
            params.append(("near", f"{self.near[0]:.4f},{self.near[1]:.4f}"))
        return urlencode(params)


def read_filters(params, categories, regions, municipalities):
    """Read GET ``params``; unknown values are dropped with a friendly note.

    ``categories`` is the slug → name mapping of ``localized_categories``;
    ``regions`` and ``municipalities`` are lists of all of them (reference data).
    """
    filters = DirectoryFilters()

    def note(message):
        filters.notes.append(message)

    value = params.get("category", "").strip()
    if value:
        if value in categories:
            filters.category = value
        else:
            note(
                _(
                    "The support category in the address was not found, "
                    "so it is not used."
                )
            )

    value = params.get("region", "").strip()
    if value:
        filters.region = next(
            (
                r
                for r in regions
                if value in (r.slug, r.name, r.name.removesuffix("地域"))
            ),
            None,
        )
        if filters.region is None:
            note(_("The region in the address was not found, so it is not used."))

    value = params.get("municipality", "").strip()
    if value:
        filters.municipality = next(
            (m for m in municipalities if value in (m.code, m.code[:5], m.name)),
            None,
        )
        if filters.municipality is None:
            note(_("The municipality in the address was not found, so it is not used."))

    for name, choices, message in (
        (
            "method",
            ContactMethod,
            _("That contact method is not known, so it is not used."),
        ),
        ("audience", Audience, _("That audience is not known, so it is not used.")),
        ("language", Language, _("That language is not known, so it is not used.")),
    ):
        value = params.get(name, "").strip()
        if value:
            if value in choices.values:
                setattr(filters, name, value)
            else:
                note(message)

    filters.open_now = params.get("open_now", "").strip().lower() in {
        "1",
        "on",
        "true",
        "yes",
    }

    filters.q = " ".join(params.get("q", "").split())[:MAX_QUERY_LENGTH]

    value = params.get("near", "").strip()
    if value:
        filters.near = parse_latlng(value)
        if filters.near is None:
            note(
                _(
                    "Your location could not be read, "
                    "so the list is not sorted by distance."
                )
            )
    return filters


def apply_filters(queryset, filters, now=None):
    if filters.category:
        through = Organisation.categories.through.objects.filter(
            supportcategory__slug=filters.category
        ).values("organisation_id")
        queryset = queryset.filter(pk__in=Subquery(through))
    if filters.region:
        queryset = queryset.filter(municipality__region=filters.region)
    if filters.municipality:
        queryset = queryset.filter(municipality=filters.municipality)
    if filters.method:
        queryset = queryset.with_method(filters.method)
    if filters.audience:
        queryset = queryset.with_audience(filters.audience)
    if filters.language:
        queryset = queryset.with_language(filters.language)
    if filters.open_now:
        local = timezone.localtime(now or timezone.now())
        open_rows = OpeningHours.objects.filter(
            weekday=local.weekday(), opens__lte=local.time(), closes__gt=local.time()
        ).values("organisation_id")
        queryset = queryset.filter(pk__in=Subquery(open_rows))
        if closure_name(local):
            queryset = queryset.filter(closed_on_holidays=False)
    if filters.q:
        for word in filters.q.split():
            category_hits = Organisation.categories.through.objects.filter(
                supportcategory__name__icontains=word
            ).values("organisation_id")
            queryset = queryset.filter(
                Q(name__icontains=word)
                | Q(name_kana__icontains=word)
                | Q(description__icontains=word)
                | Q(audience_note__icontains=word)
                | Q(municipality__name__icontains=word)
                | Q(address__icontains=word, confidential_location=False)
                | Q(pk__in=Subquery(category_hits))
            )
    return queryset


def order(queryset, filters):
    """Japanese (五十音) order, or nearest first for "near me".

    A confidential organisation is placed at its municipality's office so the
    order never reveals where it is. The squared equirectangular distance is
    plain arithmetic, the same on SQLite and PostgreSQL, and ranks places within
    the prefecture as the great-circle distance does.
    """
    if not filters.near:
        return queryset.order_by("name_kana", "name", "pk")
    import math

    lat0, lng0 = filters.near
    scale = math.cos(math.radians(lat0))
    public = Q(confidential_location=False, latitude__isnull=False)
    lat = Case(
        When(public, then=F("latitude")),
        default=F("municipality__office_latitude"),
        output_field=FloatField(),
    )
    lng = Case(
        When(public, then=F("longitude")),
        default=F("municipality__office_longitude"),
        output_field=FloatField(),
    )
    distance = (lat - Value(lat0)) * (lat - Value(lat0)) + (
        (lng - Value(lng0)) * Value(scale)
    ) * ((lng - Value(lng0)) * Value(scale))
    return queryset.annotate(sort_distance=distance).order_by(
        F("sort_distance").asc(nulls_last=True), "name_kana", "pk"
    )


def for_listing(queryset):
    """Everything a list item shows, in a constant number of queries."""
    return queryset.select_related(
        "municipality", "municipality__region"
    ).prefetch_related("categories", "opening_hours")
