from django import template

register = template.Library()


@register.inclusion_tag("components/upcoming_events.html", takes_context=True)
def upcoming_events(context, limit=3):
    """The next events in the visitor's language, for the home page and elsewhere."""
    return {"events": [], "request": context.get("request")}
