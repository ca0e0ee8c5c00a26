"""Showing Japanese source content in the visitor's language where it exists.

Events are written in Japanese first; a translation may or may not exist (or be
live) in another language. These helpers swap in translations in one query and
fall back to the Japanese page, so listings stay complete in every language.
"""

from django.conf import settings
from django.db.models import Q
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
    """The event's organisers in the page's language, falling back to Japanese.

    One query: the organisers' translation keys are a subquery, and both the
    page's language and Japanese versions come back together.
    """
    if event.pk is None:
        return []
    model = type(event)._meta.get_field("organisers").related_model
    keys = event.organisers.through.objects.filter(eventpage_id=event.pk).values(
        "organisation__translation_key"
    )
    rows = (
        model.objects.filter(translation_key__in=keys)
        .filter(
            Q(locale_id=event.locale_id)
            | Q(locale__language_code=settings.LANGUAGE_CODE)
        )
        .select_related("locale")
        .order_by("name_kana", "pk")
    )
    found = {}
    for org in rows:
        if org.locale_id == event.locale_id or org.translation_key not in found:
            found[org.translation_key] = org
    return sorted(found.values(), key=lambda org: (org.name_kana, org.pk))
