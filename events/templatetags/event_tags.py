"""Template tags for events: the home page list, dates, calendar links, JSON-LD."""

import json

from django import template
from django.utils.safestring import mark_safe

from events import formatting, ical, listing
from events.jsonld import event_json_ld

register = template.Library()

# The same escapes as Django's json_script: text can never close the <script>.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.inclusion_tag("components/upcoming_events.html", takes_context=True)
def upcoming_events(context, limit=3):
    """The next events in the visitor's language, for the home page and elsewhere."""
    return {"events": listing.upcoming_events(limit), "request": context.get("request")}


@register.filter
def event_when(event):
    return formatting.event_when(event)


@register.simple_tag(takes_context=True)
def google_calendar_url(context, event):
    request = context.get("request")
    return ical.google_calendar_url(event, event.get_full_url(request))


@register.simple_tag(takes_context=True)
def event_structured_data(context, event):
    data = event_json_ld(event, context.get("request"))
    return mark_safe(  # noqa: S308 - escaped like json_script
        '<script type="application/ld+json">'
        + json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
        + "</script>"
    )


@register.inclusion_tag(
    "components/events/organisation_events.html", takes_context=True
)
def organisation_events(context, organisation, limit=5):
    """Upcoming events an organisation runs, for its page on the support map."""
    return {
        "events": listing.organisation_events(organisation, limit),
        "organisation": organisation,
        "request": context.get("request"),
    }
