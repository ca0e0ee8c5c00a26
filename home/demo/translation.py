"""Publish a demo page's English version through wagtail-localize.

The English text goes into wagtail-localize's translation memory, string by string,
exactly as a translator's work would; then the translation is created from it. The
pages are linked by translation_key, and the translation editor in the admin shows
the English for every segment.
"""

from wagtail_localize.models import (
    StringTranslation,
    Translation,
    TranslationSource,
)

# Slugs stay the same in every language (/ja/about/, /en/about/).
UNTRANSLATED_PATHS = {"slug"}


def translate_page(page, locale, strings):
    """Return (translated page, created, source strings that had no translation)."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False, []
    source, _ = TranslationSource.get_or_create_from_instance(page)
    missing = []
    for segment in source.stringsegment_set.select_related("string", "context"):
        text = segment.string.data
        if text in strings:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": strings[text],
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
        elif segment.context.path not in UNTRANSLATED_PATHS:
            missing.append(text)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale
    )
    # Saved as a draft, then published here and now: wagtail-localize's own
    # publish=True defers publishing to the end of the transaction, with a copy of
    # the page taken before its translated children were added, which resets the
    # page's child count and breaks the tree (/en/articles/ answered 404).
    translation.save_target(publish=False)
    translated = page.get_translation(locale).specific
    translated.get_latest_revision().publish()
    return translated, True, missing
