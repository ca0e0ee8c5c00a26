"""The Japanese catalogue is complete, and the compiled .mo matches the .po.

Parsed with the standard library only: a small reader for the subset of the PO
format that ``makemessages`` writes (comments, flags, msgctxt, msgid,
msgid_plural, msgstr, msgstr[n], continued lines, obsolete ``#~`` entries).
"""

import ast
import gettext
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
JA_PO = LOCALE_DIR / "ja" / "LC_MESSAGES" / "django.po"
JA_MO = JA_PO.with_suffix(".mo")


@dataclass
class Entry:
    msgid: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)

    @property
    def translated(self):
        return bool(self.msgstr) and all(self.msgstr.values())

    @property
    def mo_keys(self):
        """Keys of this entry in ``GNUTranslations._catalog``."""
        msgid = (
            self.msgid if self.msgctxt is None else f"{self.msgctxt}\x04{self.msgid}"
        )
        if self.msgid_plural is None:
            return {msgid: self.msgstr[0]}
        return {(msgid, n): text for n, text in self.msgstr.items()}


def parse_entry(lines):
    entry, field_name, index = Entry(), None, 0
    for line in lines:
        if line.startswith("#,"):
            entry.flags.update(flag.strip() for flag in line[2:].split(","))
            continue
        if line.startswith("#"):
            continue
        if line.startswith('"'):
            value = ast.literal_eval(line)
        else:
            keyword, _, rest = line.partition(" ")
            value = ast.literal_eval(rest)
            if keyword.startswith("msgstr["):
                field_name, index = "msgstr", int(keyword[7:-1])
            elif keyword == "msgstr":
                field_name, index = "msgstr", 0
            else:
                field_name = keyword
                setattr(entry, keyword, "")
            if field_name == "msgstr":
                entry.msgstr[index] = ""
        if field_name == "msgstr":
            entry.msgstr[index] += value
        else:
            setattr(entry, field_name, getattr(entry, field_name) + value)
    return entry


def parse_po(path):
    """Return the catalogue's entries, without the header and obsolete ones.

    ``makemessages`` separates entries with a blank line.
    """
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line.strip() for line in block.splitlines()]
        lines = [line for line in lines if line and not line.startswith("#~")]
        if all(line.startswith("#") for line in lines):
            continue
        entry = parse_entry(lines)
        if entry.msgid:  # the header has an empty msgid
            entries.append(entry)
    return entries


def describe(entry):
    context = f" (context {entry.msgctxt!r})" if entry.msgctxt else ""
    return f"{entry.msgid!r}{context}"


def test_every_japanese_msgid_is_translated_and_not_fuzzy():
    entries = parse_po(JA_PO)
    problems = [f"fuzzy: {describe(e)}" for e in entries if "fuzzy" in e.flags]
    problems += [f"untranslated: {describe(e)}" for e in entries if not e.translated]
    assert not problems, (
        f"{len(problems)} problems in {JA_PO.relative_to(settings.BASE_DIR)}:\n"
        + "\n".join(problems)
    )


def test_compiled_japanese_catalogue_matches_the_po_file():
    with JA_MO.open("rb") as mo_file:
        compiled = gettext.GNUTranslations(mo_file)._catalog
    stale = [
        describe(entry)
        for entry in parse_po(JA_PO)
        if entry.translated and "fuzzy" not in entry.flags
        for key, text in entry.mo_keys.items()
        if compiled.get(key) != text
    ]
    assert not stale, (
        f"{len(stale)} translations missing or different in {JA_MO.name}; "
        "run `manage.py compilemessages -l ja`:\n" + "\n".join(stale)
    )


def test_parser_reads_contexts_plurals_flags_and_continued_lines(tmp_path):
    po = tmp_path / "sample.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#, python-format\nmsgctxt "button"\nmsgid "Send"\nmsgstr "送信"\n\n'
        '#, fuzzy\nmsgid "Long "\n"text"\nmsgstr ""\n"長い"\n"文"\n\n'
        'msgid "%(n)s seat"\nmsgid_plural "%(n)s seats"\nmsgstr[0] ""\n\n'
        '#~ msgid "Old"\n#~ msgstr "古い"\n',
        encoding="utf-8",
    )
    send, long_text, seats = parse_po(po)
    assert (send.msgctxt, send.msgid, send.msgstr) == ("button", "Send", {0: "送信"})
    assert send.flags == {"python-format"}
    assert send.mo_keys == {"button\x04Send": "送信"}
    assert (long_text.msgid, long_text.msgstr[0]) == ("Long text", "長い文")
    assert "fuzzy" in long_text.flags
    assert seats.msgid_plural == "%(n)s seats"
    assert not seats.translated
