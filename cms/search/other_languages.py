"""Words of the site's other languages, which the Japanese dictionary cannot analyse.

The public site is also in English, Chinese, Korean and Vietnamese. Sudachi
keeps Latin words whole and splits Chinese characters as it would kanji, which
is enough to match them, but two gaps remain:

- English words come inflected: a search for "volunteers" should find
  "volunteer" and "volunteering". Both are given their Snowball stem.
- Korean is written in Hangul, which Sudachi tags as symbols, so Korean text was
  never indexed at all. Korean attaches particles to words (자원봉사자를), so a
  word is indexed by its overlapping pairs of syllables as well, and a query word
  must have all of its pairs: 자원봉사자 then finds 자원봉사자를.

Vietnamese is written in separate syllables and needs neither.
"""

import functools
import re

_ENGLISH_WORD = re.compile(r"^[a-z]{3,}$")
_HANGUL = re.compile(r"^[\uac00-\ud7a3]+$")
# A letter that is neither kana nor kanji (nor a digit): Hangul, Thai, …
_FOREIGN_LETTER = re.compile(r"[^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆]")


@functools.cache
def _english_stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


def is_foreign_word(surface):
    """Whether a morpheme Sudachi tagged as a symbol is a word of another script."""
    return bool(_FOREIGN_LETTER.search(surface))


def _syllable_pairs(word):
    return [word[i : i + 2] for i in range(len(word) - 1)]


def index_forms(surface):
    """Further forms to index for a normalised word (its stem, its pairs)."""
    if _ENGLISH_WORD.match(surface):
        stem = _english_stemmer().stemWord(surface)
        return [stem] if stem != surface else []
    if _HANGUL.match(surface) and len(surface) > 2:
        return _syllable_pairs(surface)
    return []


def query_alternative(surface):
    """Tokens that together also match a query word, or ()."""
    if _ENGLISH_WORD.match(surface):
        stem = _english_stemmer().stemWord(surface)
        return (stem,) if stem != surface else ()
    if _HANGUL.match(surface) and len(surface) > 1:
        return tuple(_syllable_pairs(surface))
    return ()
