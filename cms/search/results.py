"""Run one visitor's search over every registered type and order the results.

Ordering (issue 6): results whose title or name contains every word of the query
come first; within each group upcoming events come first (soonest first), then
organisations and pages by relevance, then news and past events newest first.
"""

import datetime
import logging
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
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


@dataclass
class Hit:
    obj: Any
    search_type: Any
    rank: int
    title_match: bool
    upcoming: bool = False
    date: Any = None
    url: str = ""
    title_html: str = ""
    passage_html: str = ""

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
    queryset = search_type.queryset(locale, lean=True, private_q=private_q)
    objs = list(queryset.search(query)[: PER_TYPE_LIMIT + 1])
    more = len(objs) > PER_TYPE_LIMIT
    del objs[PER_TYPE_LIMIT:]
    hits = [
        Hit(
            obj=obj,
            search_type=search_type,
            rank=rank,
            title_match=_title_matches(words, search_type.title(obj)),
            upcoming=search_type.is_upcoming(obj, now),
            date=search_type.date(obj),
        )
        for rank, obj in enumerate(objs)
    ]
    return hits, more


def search(query, locale, type_key=None):
    """All hits for ``query`` in ``locale``, ordered, with per-type counts."""
    words = analysis.analyse_query(query)
    outcome = Outcome(query=query, locale=locale)
    if not words:
        return outcome
    now = timezone.now()
    selected = get_type(type_key) if type_key else None
    private_q = Page.objects.private_q()
    all_hits = []
    for search_type in available_types():
        hits, more = _search_type(search_type, query, words, locale, now, private_q)
        outcome.counts[search_type.key] = len(hits)
        outcome.total += len(hits)
        if more:
            outcome.more.add(search_type.key)
        if selected is None or selected.key == search_type.key:
            all_hits.extend(hits)
    all_hits.sort(key=Hit.sort_key)
    outcome.hits = all_hits
    return outcome


def decorate(hits, query, request, directory):
    """Add URLs, marked titles and passages to the hits shown on one page.

    ``directory`` is the URL of the support map organisations link into.
    """
    tokens = analysis.query_tokens(analysis.analyse_query(query))
    _load_full_objects(hits)
    for hit in hits:
        search_type = hit.search_type
        if search_type.kind == "page":
            hit.url = hit.obj.get_url(request) or ""
        else:
            hit.url = _snippet_url(hit.obj, directory, request)
        hit.title_html = highlight.mark_text(search_type.title(hit.obj), tokens)
        texts = [highlight.plain_text(hit.obj, a) for a in search_type.text_attrs]
        hit.passage_html = highlight.passage(texts, tokens)
    return hits


def _load_full_objects(hits):
    """Replace the lean objects used for ordering by complete ones: one query
    per type shown on the page."""
    by_type = {}
    for hit in hits:
        by_type.setdefault(hit.search_type, []).append(hit)
    for search_type, type_hits in by_type.items():
        queryset = search_type.model._default_manager.filter(
            pk__in=[hit.obj.pk for hit in type_hits]
        )
        if search_type.select_related:
            queryset = queryset.select_related(*search_type.select_related)
        full = {obj.pk: obj for obj in queryset}
        for hit in type_hits:
            hit.obj = full.get(hit.obj.pk, hit.obj)


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
