"""Primary navigation, language switcher and footer data from the page tree."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from cms import site_data

register = template.Library()


def _current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.simple_tag(takes_context=True)
def primary_nav_items(context):
    """Menu items with ``current``: "page" for this page, "true" for its section."""
    request = context.get("request")
    page = _current_page(context)
    path = request.path if request is not None else ""
    items = []
    for item in site_data.primary_nav(request):
        current = ""
        if page is not None and page.path:
            if page.path == item["path"]:
                current = "page"
            elif page.path.startswith(item["path"]):
                current = "true"
        elif path == item["url"]:
            current = "page"
        elif item["url"] and path.startswith(item["url"]):
            current = "true"
        items.append({**item, "current": current})
    return items


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language: this page's translation, else that language's home.

    Views that are not pages (search, events calendar) keep their own path in the
    other language.
    """
    request = context.get("request")
    page = _current_page(context)
    current = translation.get_language()
    homes = site_data.locale_homes(request)
    translations = (
        site_data.page_translations(request, page) if page is not None else {}
    )
    non_page_view = page is None and request is not None and not _is_page_route(request)
    links = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url = translations[code][0]
        elif non_page_view:
            url = translate_url(request.get_full_path(), code)
        else:
            url = homes.get(code) or f"/{code}/"
        links.append(
            {"code": code, "name": name, "url": url, "current": code == current}
        )
    return links


def _is_page_route(request):
    match = getattr(request, "resolver_match", None)
    return match is None or match.url_name == "wagtail_serve"


@register.simple_tag(takes_context=True)
def footer_data(context):
    """Organisation details and links for the footer (cached per language)."""
    return site_data.footer(context.get("request"))
