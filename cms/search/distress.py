"""Does a query sound like someone in distress?

A term matches when, after NFKC and lower-casing, it appears in the query, or
when its sequence of normalised forms appears in the query's (so しにたい meets
死にたい and さみしい meets 寂しい). Terms in Latin letters must match whole
words, so "dv" does not fire inside "dvd".
"""

import re

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from . import analysis

CACHE_KEY = "sitesearch:distress-terms:v1"
CACHE_SECONDS = 10 * 60
_LATIN = re.compile(r"^[\x00-\x7f]+$")


def _compile(phrase):
    normalised = analysis.normalize(phrase)
    return {
        "compact": normalised.replace(" ", ""),
        "latin": bool(_LATIN.match(normalised)),
        "pattern": r"\b" + re.escape(normalised) + r"\b",
        "sequence": tuple(analysis.norm_sequence(normalised)),
    }


def active_terms():
    """The compiled active terms, cached; saving or deleting one clears it."""
    terms = cache.get(CACHE_KEY)
    if terms is None:
        from .models import DistressTerm

        phrases = DistressTerm.objects.filter(active=True).values_list(
            "phrase", flat=True
        )
        terms = [_compile(phrase) for phrase in phrases]
        cache.set(CACHE_KEY, terms, CACHE_SECONDS)
    return terms


def _contains(sequence, part):
    if not part or len(part) > len(sequence):
        return False
    width = len(part)
    return any(
        tuple(sequence[i : i + width]) == part for i in range(len(sequence) - width + 1)
    )


def is_distress(query):
    normalised = analysis.normalize(query)
    if not normalised:
        return False
    compact = normalised.replace(" ", "")
    sequence = None
    for term in active_terms():
        if term["latin"]:
            if re.search(term["pattern"], normalised):
                return True
            continue
        if term["compact"] and term["compact"] in compact:
            return True
        if sequence is None:
            sequence = analysis.norm_sequence(normalised)
        if _contains(sequence, term["sequence"]):
            return True
    return False


@receiver(post_save, sender="sitesearch.DistressTerm")
@receiver(post_delete, sender="sitesearch.DistressTerm")
def _forget_terms(**kwargs):
    cache.delete(CACHE_KEY)
