"""Small helpers to write demo pages once, in Japanese with their English text.

Each piece of text is either a plain Japanese string or ``T(ja, en)``. Building a page
returns the Japanese field values and collects every Japanese→English pair, which
the loader then stores in wagtail-localize's translation memory.
"""

import json
from typing import NamedTuple

from django.utils.html import escape


class T(NamedTuple):
    ja: str
    en: str


class Collector:
    """Turns demo text into field values and remembers the English for each string."""

    def __init__(self):
        self.english = {}

    def text(self, value):
        if isinstance(value, T):
            self.english[value.ja] = value.en
            return value.ja
        return value

    def rich_text_segment(self, value):
        # Rich text segments are stored as HTML; plain demo sentences need only
        # their special characters escaped.
        if isinstance(value, T):
            self.english[escape(value.ja)] = escape(value.en)
            return escape(value.ja)
        return escape(value)

    def body(self, blocks):
        return json.dumps([self.block(block) for block in blocks], ensure_ascii=False)

    def block(self, block):
        kind, value = block
        if kind == "paragraph":
            html = "".join(f"<p>{self.rich_text_segment(item)}</p>" for item in value)
            return {"type": "paragraph", "value": html}
        if kind == "list":
            items = "".join(
                f"<li>{self.rich_text_segment(item)}</li>" for item in value
            )
            return {"type": "paragraph", "value": f"<ul>{items}</ul>"}
        if kind == "heading":
            return {
                "type": "heading",
                "value": {"text": self.text(value), "level": "h2"},
            }
        if kind == "subheading":
            return {
                "type": "heading",
                "value": {"text": self.text(value), "level": "h3"},
            }
        if kind == "quote":
            quote, attribution = value
            return {
                "type": "quote",
                "value": {
                    "quote": self.text(quote),
                    "attribution": self.text(attribution),
                },
            }
        if kind == "call_to_action":
            return {
                "type": "call_to_action",
                "value": {
                    "text": self.text(value["text"]),
                    "page": value.get("page"),
                    "url": value.get("url", ""),
                    "button_label": self.text(value["button_label"]),
                },
            }
        if kind == "help_lines":
            return {"type": "help_lines", "value": None}
        raise ValueError(f"Unknown demo block {kind!r}")


def heading(text):
    return ("heading", text)


def subheading(text):
    return ("subheading", text)


def paragraphs(*texts):
    return ("paragraph", texts)


def bullet_list(*texts):
    return ("list", texts)


def quote(text, attribution=""):
    return ("quote", (text, attribution))


def call_to_action(text, button_label, page=None, url=""):
    return (
        "call_to_action",
        {"text": text, "button_label": button_label, "page": page, "url": url},
    )


HELP_LINES = ("help_lines", None)
