"""Showing Japanese source content in the visitor's language where it exists.

Events are written in Japanese first; a translation may or may not exist (or be
live) in another language. These helpers swap in translations in one query and
fall back to the Japanese page, so listings stay complete in every language.
"""

from django.conf import settings
from django.utils import translation


def active_language():
    """The content language being read, as Wagtail's locales spell it."""
    code = (translation.get_language() or settings.LANGUAGE_CODE).lower()
    known = {code.lower() for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    return code if code in known else settings.LANGUAGE_CODE


def localize_pages(pages, language=None):
    """Return ``pages`` (source pages) replaced by their live translations.

    Each returned page carries ``source`` (the Japanese page with any annotations
    the listing added). One query, or none when the visitor reads Japanese.
    """
    from events.models import EventPage

    language = language or active_language()
    pages = list(pages)
    for page in pages:
        page.source = page
    if language == settings.LANGUAGE_CODE or not pages:
        return pages
    translations = {
        page.translation_key: page
        for page in EventPage.objects.live().filter(
            locale__language_code=language,
            translation_key__in=[p.translation_key for p in pages],
        )
    }
    result = []
    for page in pages:
        translated = translations.get(page.translation_key)
        if translated is None:
            result.append(page)
            continue
        translated.source = page
        result.append(translated)
    return result


def localized_organisers(event):
    """The event's organisers in the page's language, falling back to Japanese."""
    organisers = list(event.organisers.all()) if hasattr(event, "organisers") else []
    if not organisers:
        return []
    model = type(organisers[0])
    keys = [org.translation_key for org in organisers]
    wanted = {event.locale_id}
    found = {}
    for org in model.objects.filter(translation_key__in=keys).select_related("locale"):
        if org.locale_id in wanted:
            found[org.translation_key] = org
        elif org.locale.language_code == settings.LANGUAGE_CODE:
            found.setdefault(org.translation_key, org)
    return [found.get(org.translation_key, org) for org in organisers]
