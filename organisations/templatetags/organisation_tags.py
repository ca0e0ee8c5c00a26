from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

register = template.Library()

CACHE_KEY = "organisations:support_map_url:{}"
CACHE_SECONDS = 600


def support_map_url_for(language_code):
    """URL of the live DirectoryPage in ``language_code``, else the Japanese one."""
    from organisations.models import DirectoryPage

    key = CACHE_KEY.format(language_code)
    url = cache.get(key)
    if url is not None:
        return url
    pages = {
        page.locale.language_code: page
        for page in DirectoryPage.objects.live()
        .filter(locale__language_code__in=[language_code, settings.LANGUAGE_CODE])
        .select_related("locale")
        .order_by("-path")
    }
    page = pages.get(language_code) or pages.get(settings.LANGUAGE_CODE)
    url = (page.get_url() or "") if page else ""
    cache.set(key, url, CACHE_SECONDS)
    return url


def clear_support_map_url_cache():
    cache.delete_many([CACHE_KEY.format(code) for code, _name in settings.LANGUAGES])


@register.simple_tag(takes_context=True)
def support_map_url(context):
    """URL of the support map (DirectoryPage) in the visitor's language, or ""."""
    return support_map_url_for(get_language() or settings.LANGUAGE_CODE)
