from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def support_map_url(context):
    """URL of the support map (DirectoryPage) in the visitor's language, or ""."""
    return ""
