"""What the support map's list, map and exports show for one organisation."""

from django.utils import timezone

from organisations.choices import Weekday
from organisations.geo import distance_km


class ListedOrganisation:
    """An organisation with what residents choose by, ready for a template."""

    def __init__(self, organisation, categories, now, near=None, base_url=""):
        self.organisation = organisation
        self.category_names = [
            categories[c.slug][1]
            for c in organisation.categories.all()
            if c.slug in categories
        ]
        self.category_slugs = [c.slug for c in organisation.categories.all()]
        self.is_open = organisation.is_open_at(now)
        self.holiday = organisation.closed_for_holiday(now)
        local = timezone.localtime(now)
        self.today_hours = [
            row
            for row in organisation.opening_hours.all()
            if row.weekday == local.weekday() and not self.holiday
        ]
        self.point = organisation.public_point
        self.distance = (
            distance_km(near, self.point) if near and self.point is not None else None
        )
        self.url = f"{base_url}{organisation.slug}/"

    def __getattr__(self, name):
        return getattr(self.organisation, name)


def weekly_hours(organisation):
    """[(weekday label, [rows])] for Monday to Sunday, closed days included."""
    rows = sorted(organisation.opening_hours.all(), key=lambda r: (r.weekday, r.opens))
    return [
        (label, [row for row in rows if row.weekday == value])
        for value, label in Weekday.choices
    ]
