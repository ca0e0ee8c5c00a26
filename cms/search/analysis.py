"""Japanese text analysis shared by indexing, querying, highlighting and distress.

The database search backends split text on spaces and punctuation only, so a run
of Japanese such as 孤立対策官民連携プラットフォーム would be one "word" and a
search for 孤立 would find nothing. Every text is therefore passed through
SudachiPy first and handed to the database as space-separated tokens; queries go
through the same function, so both sides meet on the same forms.

For each content word (mode C unit: the longest dictionary unit) the index gets:

- the surface form, NFKC-normalised and lower-cased (ﾎﾞﾗﾝﾃｨｱ → ボランティア);
- Sudachi's normalised form, which joins spelling variants
  (引きこもり, ひきこもり, 引き籠もり → 引き籠もり; さみしい → 寂しい);
- for nouns, the katakana reading, so a kana-only query can meet kanji text;
- the mode A parts of a compound with their normalised forms, so 相談窓口 is also
  found by 窓口 and 官民連携 by 連携, and the readings of the parts that are
  nouns, so かわごえ finds 川越市.

Particles, auxiliary verbs, punctuation and spaces are dropped. Words of the
site's other languages get what :mod:`cms.search.other_languages` adds.
"""

import functools
import re
import threading
import unicodedata
from dataclasses import dataclass

from . import other_languages

_lock = threading.Lock()
_dictionary = None
_local = threading.local()

# Long texts are analysed in pieces: Sudachi refuses very long inputs and memory
# grows with input length.
CHUNK_CHARS = 2000

# Parts of speech that carry meaning. Particles (助詞), auxiliary verbs (助動詞),
# punctuation (補助記号), symbols (記号) and spaces (空白) are left out.
CONTENT_POS = frozenset(
    {
        "名詞",
        "代名詞",
        "動詞",
        "形容詞",
        "形状詞",
        "副詞",
        "連体詞",
        "接頭辞",
        "接尾辞",
        "感動詞",
    }
)
_WORD_PIECE = re.compile(r"[^\W_]+")
_KANA = re.compile(r"^[\u3041-\u309f\u30a0-\u30ffー]+$")
_TO_KATAKANA = {code: code + 0x60 for code in range(ord("ぁ"), ord("ゖ") + 1)}
_TO_HIRAGANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}
# Sudachi's reading for unknown symbols.
_NO_READING = {"キゴウ", ""}


def get_dictionary():
    """Load the Sudachi dictionary once per process (about 0.1–0.5 s)."""
    global _dictionary
    if _dictionary is None:
        with _lock:
            if _dictionary is None:
                from sudachipy import Dictionary

                _dictionary = Dictionary(dict="core")
    return _dictionary


def get_tokenizer():
    """One tokenizer per thread, all sharing the one dictionary."""
    tokenizer = getattr(_local, "tokenizer", None)
    if tokenizer is None:
        from sudachipy import SplitMode

        tokenizer = get_dictionary().tokenizer(mode=SplitMode.C)
        _local.tokenizer = tokenizer
    return tokenizer


def normalize(text):
    """NFKC (full/half width), lower case, and collapsed whitespace."""
    return " ".join(unicodedata.normalize("NFKC", text or "").lower().split())


def to_katakana(text):
    return text.translate(_TO_KATAKANA)


def to_hiragana(text):
    return text.translate(_TO_HIRAGANA)


def _pieces(form):
    """Split a normalised form into pieces every database tokenizer keeps whole."""
    return _WORD_PIECE.findall(form)


def _chunks(text):
    start = 0
    length = len(text)
    while start < length:
        end = min(start + CHUNK_CHARS, length)
        if end < length:
            # Prefer to cut after a sentence end or a line break.
            cut = max(text.rfind(ch, start, end) for ch in "。\n.！？!?")
            if cut > start:
                end = cut + 1
        yield start, text[start:end]
        start = end


@dataclass(frozen=True)
class Unit:
    """One content word of a text."""

    surface: str
    begin: int
    end: int
    norm: str
    reading: str
    parts: tuple  # normalised forms of the mode A parts, when there are several
    part_surfaces: tuple
    pos: str
    conjugation: str = ""  # a verb's conjugation type, such as 五段-ラ行
    # Readings of the parts that are nouns, of two kana or more: a one-kana
    # reading such as シ (市) would meet far too much.
    part_readings: tuple = ()

    @property
    def continuative(self):
        """A verb's noun-like stem: 繋がる → 繋がり, so つながり meets つながる."""
        if self.pos != "動詞":
            return ""
        return continuative_form(self.norm, self.conjugation)

    @property
    def index_forms(self):
        if self.pos == "接尾辞":
            # A suffix's normalised form would meet unrelated words: 行きづらい
            # ends in づらい, normalised to 辛い, which is what つらい means.
            return _pieces(self.surface)
        forms = [self.surface, self.norm]
        if self.pos in {"名詞", "代名詞"} and self.reading not in _NO_READING:
            forms.append(self.reading)
            forms.extend(self.part_readings)
        if self.continuative:
            forms.append(self.continuative)
        forms.extend(self.part_surfaces)
        forms.extend(self.parts)
        forms.extend(other_languages.index_forms(self.surface))
        seen = []
        for form in forms:
            for piece in _pieces(form):
                if piece not in seen:
                    seen.append(piece)
        return seen


# The last kana of a 五段 verb's dictionary form and of its continuative form.
_GODAN_STEMS = str.maketrans("くぐすつぬぶむるう", "きぎしちにびみりい")


def continuative_form(dictionary_form, conjugation):
    """The continuative (連用形) of a verb, which Japanese also uses as a noun.

    Many words of this domain come as both: つながる/つながり, 助け合う/助け合い,
    支え合う/支え合い. Only regular verbs with a stem of two characters or more
    get one; する and 来る are left alone.
    """
    if conjugation.startswith("五段") and len(dictionary_form) >= 2:
        stem = dictionary_form[:-1] + dictionary_form[-1].translate(_GODAN_STEMS)
    elif conjugation.startswith(("上一段", "下一段")) and dictionary_form.endswith(
        "る"
    ):
        stem = dictionary_form[:-1]
    else:
        return ""
    return stem if len(stem) >= 2 and stem != dictionary_form else ""


def _noun_readings(parts):
    readings = []
    for part in parts:
        reading = normalize(part.reading_form())
        if part.part_of_speech()[0] not in {"名詞", "代名詞"}:
            continue
        if len(reading) >= 2 and reading not in _NO_READING:
            readings.append(reading)
    return tuple(readings)


def units(text, *, content_only=True):
    """The mode C units of ``text`` with offsets into the original string."""
    if not text:
        return []
    from sudachipy import SplitMode

    tokenizer = get_tokenizer()
    result = []
    for offset, chunk in _chunks(text):
        for morpheme in tokenizer.tokenize(chunk):
            part_of_speech = morpheme.part_of_speech()
            pos = part_of_speech[0]
            if pos == "空白":
                continue
            if (
                content_only
                and pos not in CONTENT_POS
                # Sudachi tags Hangul and other scripts it has no entries for
                # as symbols: they are words all the same.
                and not other_languages.is_foreign_word(morpheme.surface())
            ):
                continue
            parts = morpheme.split(SplitMode.A)
            if len(parts) > 1:
                part_norms = tuple(normalize(p.normalized_form()) for p in parts)
                part_surfaces = tuple(normalize(p.surface()) for p in parts)
                part_readings = _noun_readings(parts)
            else:
                part_norms = part_surfaces = part_readings = ()
            result.append(
                Unit(
                    surface=normalize(morpheme.surface()),
                    begin=offset + morpheme.begin(),
                    end=offset + morpheme.end(),
                    norm=normalize(morpheme.normalized_form()),
                    reading=normalize(morpheme.reading_form()),
                    parts=part_norms,
                    part_surfaces=part_surfaces,
                    part_readings=part_readings,
                    pos=pos,
                    conjugation=part_of_speech[4],
                )
            )
    return result


def index_text(text):
    """The token string stored in the search index for ``text``."""
    tokens = []
    for unit in units(text):
        tokens.extend(unit.index_forms)
    return " ".join(tokens)


@dataclass(frozen=True)
class QueryUnit:
    """One word of a query: matches when any alternative matches."""

    norm: str
    alternatives: tuple  # each alternative is a tuple of tokens, all required

    def matches(self, tokens):
        return any(all(t in tokens for t in alt) for alt in self.alternatives)


@dataclass(frozen=True)
class QueryWord:
    """What the visitor typed between two spaces. All its units are required,
    or else its ``whole`` reading, a single token."""

    text: str
    units: tuple
    # A word typed in kana that the dictionary does not know is cut into
    # pieces (かわごえ → かわ + ごえ); its katakana may still be the reading of
    # one written word (川越).
    whole: str = ""

    def matches(self, tokens):
        if self.units and all(unit.matches(tokens) for unit in self.units):
            return True
        return bool(self.whole) and self.whole in tokens


def _query_unit(unit):
    # The surface too: a query word alone may be read differently from the
    # same letters in a sentence (よりそい alone ends in そい, normalised 其れ).
    alternatives = [tuple(_pieces(unit.norm)), tuple(_pieces(unit.surface))]
    if len(unit.parts) > 1:
        parts = []
        for part in unit.parts:
            parts.extend(_pieces(part))
        alternatives.append(tuple(parts))
    if _KANA.match(unit.surface) and unit.reading not in _NO_READING:
        alternatives.append(tuple(_pieces(unit.reading)))
    if unit.continuative:
        alternatives.append(tuple(_pieces(unit.continuative)))
    alternatives.append(other_languages.query_alternative(unit.surface))
    unique = []
    for alt in alternatives:
        if alt and alt not in unique:
            unique.append(alt)
    return QueryUnit(norm=unit.norm, alternatives=tuple(unique))


def _may_be_a_reading(raw):
    """Whether a word typed in kana could be the reading of a written word.

    A word the dictionary reads as one particle or auxiliary (など, です) is
    not: searching for it would find nothing, where dropping it finds pages.
    """
    if len(raw) < 2 or not _KANA.match(raw):
        return False
    found = units(raw, content_only=False)
    return not (len(found) == 1 and found[0].pos not in CONTENT_POS)


def analyse_query(query):
    """Split a visitor's query into words (all required) of analysed units.

    Words without any content (a lone particle, punctuation) are dropped.
    """
    words = []
    for raw in normalize(query).split(" "):
        query_units = tuple(
            qu for qu in (_query_unit(u) for u in units(raw)) if qu.alternatives
        )
        whole = to_katakana(raw) if _may_be_a_reading(raw) else ""
        if query_units or whole:
            words.append(QueryWord(text=raw, units=query_units, whole=whole))
    return tuple(words)


def query_tokens(words):
    """Every token a query could match, for highlighting."""
    tokens = set()
    for word in words:
        if word.whole:
            tokens.add(word.whole)
        for unit in word.units:
            for alt in unit.alternatives:
                tokens.update(alt)
    return tokens


@functools.lru_cache(maxsize=8192)
def token_set(text):
    """The index tokens of a short text such as a title (for title matches).

    Cached: the same titles come back in search after search.
    """
    return frozenset(index_text(text).split())


def norm_sequence(text):
    """Normalised forms of every word, particles included (for phrase matching)."""
    sequence = []
    for unit in units(text, content_only=False):
        if unit.pos == "補助記号":
            continue
        sequence.extend(_pieces(unit.norm))
    return sequence
