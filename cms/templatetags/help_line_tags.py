"""Help lines for the panel and the link at the top of every page."""

from django import template

from cms import site_data

register = template.Library()


@register.simple_tag(takes_context=True)
def help_lines(context):
    """The help lines in the visitor's language (Japanese where not translated)."""
    return site_data.help_lines(context.get("request"))


@register.simple_tag(takes_context=True)
def help_page_url(context):
    """The help page in the visitor's language, or the Japanese one."""
    return site_data.help_page_url(context.get("request")) or "/ja/help/"


@register.inclusion_tag("components/help_lines_panel.html", takes_context=True)
def help_lines_panel(context, heading_level=2, lines=None):
    """The panel listing every help line, or only ``lines``; pages and blocks can
    place it anywhere."""
    request = context.get("request")
    # A page may hold the panel more than once (home page and a body block):
    # number them per request so heading ids stay unique.
    number = getattr(request, "_help_lines_panels", 0) + 1
    if request is not None:
        request._help_lines_panels = number
    return {
        "request": request,
        "help_lines": site_data.help_lines(request) if lines is None else lines,
        "heading_level": heading_level,
        "heading_id": "help-lines-title" if number == 1 else f"help-lines-{number}",
    }
