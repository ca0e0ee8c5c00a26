"""Run one visitor's search over every registered type and order the results.

Ordering (issue 6): results whose title or name contains every word of the query
come first; within each group upcoming events come first (soonest first), then
organisations and pages by relevance, then news and past events newest first.

When every kind is shown, no kind fills more than ``MAX_RUN`` places in a row
while another kind has results left in the same group: the support map lists
dozens of 居場所 and 相談室 with near-identical names, and they buried the article
that explains what a 居場所 is below the first page.
"""

import datetime
import hashlib
import itertools
import logging
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.conf import settings
from django.utils import timezone
from wagtail.models import Page, Site

from cms.site_cache import cached_fragment

from . import analysis, highlight
from .registry import available_types, get_type

logger = logging.getLogger(__name__)

# Each type contributes at most this many of its most relevant results to the
# merged, re-ordered list (20 pages of ten in all). A type with more is shown as
# "50 or more": counting every match costs as much again as finding the best,
# and the visitor can only page through what was found. Loading lean objects is
# about half the Python time of a search: 100 a type took 8 ms more than 50 at
# 10,000 pages (tests/benchmarks/search_latency.py).
PER_TYPE_LIMIT = 50
MAX_RUN = 2


@dataclass
class Hit:
    pk: Any
    search_type: Any
    rank: int
    title_match: bool
    upcoming: bool = False
    date: Any = None
    obj: Any = None  # loaded by decorate(), for the hits shown
    url: str = ""
    title_html: str = ""
    passage_html: str = ""
    status_notice: str = ""
    place: str = ""

    def sort_key(self):
        tier = 0 if self.title_match else 1
        if self.upcoming:
            return (tier, 0, self.date.timestamp() if self.date else 0, self.rank)
        if self.search_type.ordering in {"dated", "event"}:
            stamp = _timestamp(self.date)
            return (tier, 2, -stamp, self.rank)
        return (tier, 1, self.rank, self.search_type.key)


def _timestamp(value):
    if value is None:
        return 0
    if hasattr(value, "timestamp"):
        return value.timestamp()
    # A date: midnight in the site's time zone.
    return timezone.make_aware(
        datetime.datetime.combine(value, datetime.time())
    ).timestamp()


@dataclass
class Outcome:
    query: str
    hits: list = field(default_factory=list)  # every hit of the selected type
    counts: dict = field(default_factory=dict)  # key -> count, for every type
    total: int = 0
    locale: Any = None  # the locale results came from
    # Keys of the types with more than PER_TYPE_LIMIT matches: their count (and
    # the total) is a lower bound.
    more: set = field(default_factory=set)


def _title_matches(words, title):
    tokens = analysis.token_set(title)
    return all(word.matches(tokens) for word in words)


def _search_type(search_type, query, words, locale, now, private_q):
    """The best matches of one type, as (pk, title match, upcoming, date) rows
    in order of relevance, and whether there were more."""
    queryset = search_type.queryset(locale, lean=True, private_q=private_q)
    objs = list(queryset.search(query)[: PER_TYPE_LIMIT + 1])
    rows = [
        (
            obj.pk,
            _title_matches(words, search_type.title(obj)),
            search_type.is_upcoming(obj, now),
            search_type.date(obj),
        )
        for obj in objs[:PER_TYPE_LIMIT]
    ]
    return rows, len(objs) > PER_TYPE_LIMIT


def _rows_by_type(query, words, locale):
    """{type key: (rows, more)}, cached for SITE_SEARCH_CACHE_SECONDS.

    Popular searches repeat; the cache key holds the content version, so
    publishing anything makes the next search fresh, and a hash of the query,
    so the cache never holds what residents typed in clear. The short lifetime
    bounds how long an event that just ended is still called upcoming.
    """

    def build():
        now = timezone.now()
        private_q = Page.objects.private_q()
        return {
            search_type.key: _search_type(
                search_type, query, words, locale, now, private_q
            )
            for search_type in available_types()
        }

    seconds = getattr(settings, "SITE_SEARCH_CACHE_SECONDS", 60)
    if seconds <= 0:
        return build()
    digest = hashlib.sha256(analysis.normalize(query).encode()).hexdigest()
    return cached_fragment(None, "search", [locale.pk, digest], build, seconds)


def search(query, locale, type_key=None):
    """All hits for ``query`` in ``locale``, ordered, with per-type counts."""
    words = analysis.analyse_query(query)
    outcome = Outcome(query=query, locale=locale)
    if not words:
        return outcome
    selected = get_type(type_key) if type_key else None
    by_type = _rows_by_type(query, words, locale)
    all_hits = []
    for search_type in available_types():
        rows, more = by_type.get(search_type.key, ([], False))
        hits = [
            Hit(pk, search_type, rank, title_match, upcoming, date)
            for rank, (pk, title_match, upcoming, date) in enumerate(rows)
        ]
        outcome.counts[search_type.key] = len(hits)
        outcome.total += len(hits)
        if more:
            outcome.more.add(search_type.key)
        if selected is None or selected.key == search_type.key:
            all_hits.extend(hits)
    all_hits.sort(key=Hit.sort_key)
    outcome.hits = all_hits if selected else mixed(all_hits)
    return outcome


def mixed(hits):
    """``hits`` in the same order, but with runs of one kind cut at MAX_RUN.

    At each place the best remaining hit is taken, unless the last MAX_RUN were
    all of its kind and a hit of another kind is left in the same group (title
    matches, then the rest): then the best of those comes first.
    """
    result = []
    for _title_match, group in itertools.groupby(hits, key=lambda hit: hit.title_match):
        # Each kind's hits in order, so a place costs one look per kind.
        queues = {}
        for position, hit in enumerate(group):
            queues.setdefault(hit.search_type.key, deque()).append((position, hit))
        while queues:
            kinds = sorted(queues, key=lambda key: queues[key][0][0])
            kind = kinds[0]
            recent = {hit.search_type.key for hit in result[-MAX_RUN:]}
            if len(kinds) > 1 and len(result) >= MAX_RUN and recent == {kind}:
                kind = kinds[1]
            result.append(queues[kind].popleft()[1])
            if not queues[kind]:
                del queues[kind]
    return result


def decorate(hits, query, request, directory):
    """Add URLs, marked titles and passages to the hits shown on one page.

    ``directory`` is the URL of the support map organisations link into. A hit
    whose object has gone since the search was cached is left out.
    """
    tokens = analysis.query_tokens(analysis.analyse_query(query))
    load_objects(hits)
    hits[:] = [hit for hit in hits if hit.obj is not None]
    for hit in hits:
        search_type = hit.search_type
        if search_type.kind == "page":
            hit.url = hit.obj.get_url(request) or ""
        else:
            hit.url = _snippet_url(hit.obj, directory, request)
        hit.status_notice = search_type.status_notice(hit.obj)
        hit.place = search_type.place(hit.obj)
        hit.title_html = highlight.mark_text(search_type.title(hit.obj), tokens)
        texts = [highlight.plain_text(hit.obj, a) for a in search_type.text_attrs]
        hit.passage_html = highlight.passage(texts, tokens)
    return hits


def load_objects(hits):
    """Load the objects of the hits shown: one query per type on the page."""
    by_type = {}
    for hit in hits:
        by_type.setdefault(hit.search_type, []).append(hit)
    for search_type, type_hits in by_type.items():
        queryset = search_type.model._default_manager.filter(
            pk__in=[hit.pk for hit in type_hits]
        )
        if search_type.select_related:
            queryset = queryset.select_related(*search_type.select_related)
        full = {obj.pk: obj for obj in queryset}
        for hit in type_hits:
            hit.obj = full.get(hit.pk)


def _directory_model():
    try:
        return apps.get_model("organisations", "DirectoryPage")
    except LookupError:
        return None


def directory_url(locale, request):
    """The support map's URL in ``locale`` (or any language), or "".

    Cached until public content changes: every search page links to it.
    """

    def build():
        model = _directory_model()
        if model is None:
            return ""
        pages = model.objects.live().public()
        page = pages.filter(locale=locale).first() or pages.first()
        return (page.get_url(request) or "") if page else ""

    site = Site.find_for_request(request)
    return cached_fragment(
        request, "search-directory", [locale.pk, site.pk if site else ""], build
    )


def _snippet_url(obj, directory, request):
    """An organisation links to its detail page on the support map."""
    if hasattr(obj, "get_url"):
        return obj.get_url(request) or ""
    slug = getattr(obj, "slug", "")
    model = _directory_model()
    if not directory or not slug or model is None:
        return ""
    try:
        return directory + model.get_resolver().reverse("organisation", slug=slug)
    except Exception:  # noqa: BLE001 - a directory without the route
        logger.warning("Support map has no organisation route; no link for %s", obj.pk)
        return ""
