"""What the site search covers, by model label, so no app depends on another.

Each entry names a model lazily ("home.ArticlePage"); a model that is not
installed (yet) is skipped, so the search page works while apps come and go.
To add a type, append a :class:`SearchType` to ``SEARCH_TYPES``.
"""

from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class SearchType:
    key: str  # the ?type= value
    label: Any  # shown on the filter
    model_label: str
    kind: str = "page"  # "page" or "snippet"
    title_attr: str = "title"
    # Attributes whose text is shown as the matching passage, in order.
    text_attrs: tuple = ()
    # "dated": newest first; "event": upcoming first; "" ordered by relevance.
    ordering: str = ""
    date_attr: str = ""
    # An event's status: a cancelled event is never called upcoming, and a
    # result shows any status but the usual one, as the events list does.
    status_attr: str = ""
    usual_status: str = ""
    # A related object shown beside the result, such as an organisation's
    # municipality: residents choose by where a place is.
    place_attr: str = ""
    select_related: tuple = field(default=())

    @property
    def model(self):
        try:
            return apps.get_model(self.model_label)
        except (LookupError, ValueError):
            return None

    def queryset(self, locale, *, lean=False, private_q=None):
        """Everything a visitor may find, in ``locale``.

        ``lean`` loads only what ordering needs (no bodies, no relations).
        ``private_q`` (from ``PageQuerySet.private_q()``) saves one query per
        page type when the caller searches several types at once.
        """
        model = self.model
        qs = model._default_manager.all()
        if self.kind == "page":
            qs = qs.live()
            qs = qs.exclude(private_q) if private_q is not None else qs.public()
        elif hasattr(model, "live"):
            qs = qs.filter(live=True)
        if hasattr(model, "locale_id"):
            qs = qs.filter(locale=locale)
        if lean:
            return qs.only(*self.sort_fields)
        if self.select_related:
            qs = qs.select_related(*self.select_related)
        return qs

    @property
    def sort_fields(self):
        """The fields ordering needs; the rest loads only for the shown page."""
        fields = {"pk", "slug", self.title_attr}
        if self.date_attr:
            fields.add(self.date_attr)
        if self.kind == "page":
            fields.add("first_published_at")
        if self.ordering == "event":
            fields.update({"starts_at", "ends_at"})
        if self.status_attr:
            fields.add(self.status_attr)
        return sorted(fields)

    def title(self, obj):
        return getattr(obj, self.title_attr, "") or ""

    def date(self, obj):
        value = getattr(obj, self.date_attr, None) if self.date_attr else None
        if value is None and self.kind == "page":
            value = obj.first_published_at
        return value

    def status_notice(self, obj):
        """The label of an unusual status, such as 中止 or 延期, or ""."""
        value = getattr(obj, self.status_attr, "") if self.status_attr else ""
        if not value or value == self.usual_status:
            return ""
        return getattr(obj, f"get_{self.status_attr}_display")()

    def place(self, obj):
        value = getattr(obj, self.place_attr, None) if self.place_attr else None
        return str(value) if value else ""

    def is_upcoming(self, obj, now=None):
        if self.ordering != "event":
            return False
        if self.status_attr and getattr(obj, self.status_attr, "") == "cancelled":
            return False
        now = now or timezone.now()
        ends = getattr(obj, "ends_at", None) or getattr(obj, "starts_at", None)
        return ends is not None and ends >= now


SEARCH_TYPES = [
    SearchType(
        key="article",
        label=_("News and articles"),
        model_label="home.ArticlePage",
        text_attrs=("search_description", "summary", "body"),
        ordering="dated",
        date_attr="date",
    ),
    SearchType(
        key="event",
        label=_("Events"),
        model_label="events.EventPage",
        text_attrs=("search_description", "body", "venue", "address"),
        ordering="event",
        date_attr="starts_at",
        status_attr="status",
        usual_status="scheduled",
    ),
    SearchType(
        key="organisation",
        label=_("Organisations"),
        model_label="organisations.Organisation",
        kind="snippet",
        title_attr="name",
        text_attrs=(
            "description",
            "audience_note",
            "accessibility",
            "fees",
            "hours_note",
            "search_address",
            "search_labels",
        ),
        place_attr="municipality",
        select_related=("municipality", "locale"),
    ),
    SearchType(
        key="page",
        label=_("Pages"),
        model_label="home.StandardPage",
        text_attrs=("search_description", "intro", "body"),
    ),
]


def available_types():
    """The registered types whose model is installed."""
    return [search_type for search_type in SEARCH_TYPES if search_type.model]


def get_type(key):
    for search_type in available_types():
        if search_type.key == key:
            return search_type
    return None
