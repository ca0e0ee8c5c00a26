from django import template
from django.template.loader import get_template

register = template.Library()

HELP_LINES_PANEL = "components/help_lines_panel.html"


@register.simple_tag(takes_context=True)
def help_lines_panel(context):
    """Render the site-wide help-line panel, or nothing if it is not installed.

    The panel template belongs to the site-wide part of the project; the editorial
    pages only place it, so they keep rendering while it is being built or replaced.
    """
    try:
        panel = get_template(HELP_LINES_PANEL)
    except template.TemplateDoesNotExist:
        return ""
    return panel.render(context.flatten(), context.get("request"))
