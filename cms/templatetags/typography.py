"""Japanese typography helpers for templates.

``{{ page.title|budoux }}`` lets a Japanese heading wrap between phrases
(「ひとりで／悩まず、／話してみませんか」) instead of in the middle of a word on a
narrow phone screen. BudouX finds the phrase boundaries; we mark them with
``<wbr>`` inside a ``<span class="budoux">`` whose CSS (``word-break: keep-all``)
forbids every other break. Very long phrases still wrap, thanks to
``overflow-wrap: anywhere``, so nothing scrolls sideways.
"""

from functools import cache

from budoux import load_default_japanese_parser
from django import template
from django.utils.html import escape
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import get_language

register = template.Library()


@cache
def japanese_parser():
    """The BudouX model is loaded once per process, on first use."""
    return load_default_japanese_parser()


@register.filter(is_safe=True)
def budoux(value):
    """Mark phrase boundaries in Japanese text; escape everything.

    Only plain text is split. Safe text that holds markup or entities is
    returned as is, because splitting it could break a tag; safe text without
    them (such as ``{% translate "..." as name %}``) is split like plain text.
    Other languages wrap at spaces already and pass through, escaped.
    """
    if value is None or value == "":
        return ""
    text = str(value)
    if isinstance(value, SafeData) and ("<" in text or "&" in text):
        return value
    if not (get_language() or "").startswith("ja"):
        return escape(text)
    phrases = japanese_parser().parse(text)
    if len(phrases) < 2:
        return escape(text)
    joined = "<wbr>".join(escape(phrase) for phrase in phrases)
    return mark_safe(f'<span class="budoux">{joined}</span>')
