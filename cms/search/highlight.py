"""The matching passage of a result, with the query's words in <mark>.

Passages are cut from the stored text of the object (not from the index, which
holds analysed tokens) and every piece is escaped before marks are added.
"""

import dataclasses
import html

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from . import analysis

PASSAGE_CHARS = 140
LEAD_CHARS = 40
# Only the beginning of a very long text is scanned for a passage.
SCAN_CHARS = 6000


def plain_text(obj, attr):
    """Readable text of one attribute: rich text and blocks without markup."""
    value = getattr(obj, attr, None)
    if callable(value):
        value = value()
    if value is None:
        return ""
    try:
        model_field = obj._meta.get_field(attr)
    except Exception:  # noqa: BLE001 - properties are not model fields
        model_field = None
    if model_field is not None and hasattr(model_field, "get_searchable_content"):
        parts = model_field.get_searchable_content(value)
        value = " ".join(str(part) for part in parts)
    text = html.unescape(strip_tags(str(value)))
    return " ".join(text.split())


def _is_match(unit, tokens):
    return any(form in tokens for form in unit.index_forms)


def _marked(text, matches):
    """Escape ``text`` and wrap the (begin, end) spans in <mark>."""
    out = []
    position = 0
    for begin, end in matches:
        out.append(escape(text[position:begin]))
        out.append(f"<mark>{escape(text[begin:end])}</mark>")
        position = end
    out.append(escape(text[position:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece escaped above


def mark_text(text, tokens):
    """The whole of ``text`` with matching words marked."""
    if not text or not tokens:
        return escape(text or "")
    spans = [(u.begin, u.end) for u in analysis.units(text) if _is_match(u, tokens)]
    return _marked(text, spans)


def _matching_units(text, tokens):
    """Units of ``text`` that match ``tokens``, near the first literal match.

    Analysing a whole body costs milliseconds per result; where a query word
    appears as typed, only the text around it is analysed. Spelling variants
    (ひきこもり for 引きこもり) and half-width text need the full scan.
    """
    if not tokens:
        return []
    lowered = text[:SCAN_CHARS].lower()
    # Readings are katakana; a kana query is usually written in hiragana.
    candidates = set(tokens) | {analysis.to_hiragana(token) for token in tokens}
    literal = [found for found in map(lowered.find, candidates) if found >= 0]
    if literal:
        start = max(0, min(literal) - LEAD_CHARS)
        # Cut the window at a sentence end so no word is split at its edge.
        end = lowered.find("。", min(literal) + PASSAGE_CHARS)
        end = len(lowered) if end < 0 else end + 1
        boundary = lowered.rfind("。", 0, start)
        start = 0 if boundary < 0 else boundary + 1
        window = text[start:end]
        matching = [
            dataclasses.replace(u, begin=u.begin + start, end=u.end + start)
            for u in analysis.units(window)
            if _is_match(u, tokens)
        ]
        if matching:
            return matching
    return [u for u in analysis.units(text[:SCAN_CHARS]) if _is_match(u, tokens)]


def passage(texts, tokens):
    """The first passage of ``texts`` containing a query word, marked.

    Falls back to the beginning of the first non-empty text.
    """
    texts = [t for t in texts if t]
    for text in texts:
        matching = _matching_units(text, tokens)
        if not matching:
            continue
        start = max(0, matching[0].begin - LEAD_CHARS)
        end = min(len(text), start + PASSAGE_CHARS)
        window = text[start:end]
        spans = [
            (u.begin - start, u.end - start)
            for u in matching
            if u.begin >= start and u.end <= end
        ]
        body = _marked(window, spans)
        prefix = "…" if start > 0 else ""
        suffix = "…" if end < len(text) else ""
        return mark_safe(f"{prefix}{body}{suffix}")  # noqa: S308 - built escaped
    if texts:
        text = texts[0]
        suffix = "…" if len(text) > PASSAGE_CHARS else ""
        return mark_safe(f"{escape(text[:PASSAGE_CHARS])}{suffix}")  # noqa: S308
    return ""
