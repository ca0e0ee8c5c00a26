"""schema.org ``Event`` data for search engines.

The online meeting link is never included: ``VirtualLocation`` points at the
public event page, where people register to receive the link.
"""

from django.utils import timezone

from events.ical import plain_description
from events.models import EventFormat, EventStatus
from events.models.pages import TOKYO

ATTENDANCE = {
    EventFormat.VENUE: "https://schema.org/OfflineEventAttendanceMode",
    EventFormat.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    EventFormat.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}
STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
}


def _iso(event, which):
    if event.all_day:
        day = event.start_date if which == "start" else event.last_day
        return day.isoformat()
    value = event.starts_at if which == "start" else event.ends_at
    return timezone.localtime(value, TOKYO).isoformat()


def event_json_ld(event, request=None):
    url = event.get_full_url(request)
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": url,
        "startDate": _iso(event, "start"),
        "endDate": _iso(event, "end"),
        "eventAttendanceMode": ATTENDANCE.get(event.event_format),
        "eventStatus": STATUS.get(event.status),
        "inLanguage": event.locale.language_code,
    }
    description = plain_description(event, limit=300)
    if description:
        data["description"] = description
    locations = []
    if event.has_venue and (event.venue or event.address):
        place = {"@type": "Place", "name": event.venue or event.address}
        if event.address:
            place["address"] = {
                "@type": "PostalAddress",
                "streetAddress": event.address,
                "addressRegion": "埼玉県",
                "addressCountry": "JP",
            }
        if event.coordinates:
            place["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": event.coordinates[0],
                "longitude": event.coordinates[1],
            }
        locations.append(place)
    if event.is_online:
        locations.append({"@type": "VirtualLocation", "url": url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    organisers = [
        {"@type": "Organization", "name": org.name}
        for org in event.localized_organisers
    ]
    if organisers:
        data["organizer"] = organisers
    if event.registration_enabled:
        state = event.registration_state
        data["offers"] = {
            "@type": "Offer",
            "price": event.fee,
            "priceCurrency": "JPY",
            "url": url,
            "availability": "https://schema.org/SoldOut"
            if state.is_full and not event.waitlist_enabled
            else "https://schema.org/InStock",
        }
    return data
