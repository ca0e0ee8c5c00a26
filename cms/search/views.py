"""The public search page: /<lang>/search/?q=…&type=…&page=…"""

import logging

from django.apps import apps
from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.http import urlencode
from django.views.decorators.cache import never_cache
from wagtail.models import Locale

from cms import site_data

from . import analysis, distress, results, stats
from .registry import available_types, get_type

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10
SOURCE_LANGUAGE = "ja"


def _query_from(request):
    limit = getattr(settings, "SITE_SEARCH_MAX_QUERY_LENGTH", 100)
    return " ".join(request.GET.get("q", "").split())[:limit]


def _locale(language_code):
    try:
        return Locale.objects.get_for_language(language_code)
    except Locale.DoesNotExist:
        return Locale.get_default()


def _type_links(query, outcome, selected_key):
    links = [
        {
            "key": "",
            "label": None,
            "count": outcome.total,
            "more": bool(outcome.more),
            "url": "?" + urlencode({"q": query}),
            "selected": not selected_key,
        }
    ]
    for search_type in available_types():
        links.append(
            {
                "key": search_type.key,
                "label": search_type.label,
                "count": outcome.counts.get(search_type.key, 0),
                "more": search_type.key in outcome.more,
                "url": "?" + urlencode({"q": query, "type": search_type.key}),
                "selected": search_type.key == selected_key,
            }
        )
    return links


def promotions_for(query, locale, request):
    """Staff's promoted results for exactly this query, in the visitor's language."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    keys = {analysis.normalize(query), normalise_query_string(query)}
    picks = (
        SearchPromotion.objects.filter(query__query_string__in=keys)
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    promoted = []
    for pick in picks:
        if pick.page_id:
            page = pick.page.get_translation_or_none(locale) or pick.page
            if not page.live:
                continue
            promoted.append(
                {
                    "title": page.title,
                    "url": page.get_url(request),
                    "description": pick.description,
                    "page_id": page.pk,
                }
            )
        elif pick.external_link_url:
            promoted.append(
                {
                    "title": pick.external_link_text or pick.external_link_url,
                    "url": pick.external_link_url,
                    "description": pick.description,
                    "page_id": None,
                }
            )
    return promoted


def suggestions_for(locale):
    """Searches to offer when nothing was found: staff-chosen, never raw logs.

    Queries other people typed are not shown back (they could hold anything);
    only queries staff gave promoted results, and the support categories.
    """
    from wagtail.contrib.search_promotions.models import Query

    promoted = list(
        Query.objects.filter(editors_picks__isnull=False)
        .distinct()
        .order_by("query_string")
        .values_list("query_string", flat=True)[:6]
    )
    categories = []
    try:
        category_model = apps.get_model("organisations", "SupportCategory")
    except LookupError:
        category_model = None
    if category_model is not None:
        names = category_model.objects.filter(locale=locale).values_list(
            "name", flat=True
        )
        # A category staff also promoted as a query is offered once.
        categories = [name for name in names[:10] if name not in promoted]
    return {"queries": promoted, "categories": categories}


def help_lines_for(query, request):
    """The help lines whose name, hours, audience or description hold every word
    of the query, so that 夜間 or チャット leads straight to a line to call.

    The few help lines are already loaded for the panel on every page: they are
    matched here with the site's analyser rather than through the index.
    """
    words = analysis.analyse_query(query)
    if not words:
        return []
    matching = []
    for line in site_data.help_lines(request):
        text = " ".join([line.name, line.hours, line.audience, line.description])
        tokens = analysis.token_set(text)
        if all(word.matches(tokens) for word in words):
            matching.append(line)
    return matching


def _record(query, found):
    try:
        stats.record_search(query, found)
    except Exception:
        # Counting must never stop a resident from seeing results.
        logger.exception("Could not record a search for the report")


@never_cache
def search_view(request):
    """Search everything public in the visitor's language.

    The response is never cached (``never_cache``; ``cms.page_cache`` also skips
    /<lang>/search/): a query such as 死にたい must not be kept by a shared or
    browser cache, and every search must be counted for the staff report. Only
    the ordered list of results is reused, server-side (``results.search``).
    """
    query = _query_from(request)
    locale = _locale(request.LANGUAGE_CODE)
    type_key = request.GET.get("type", "")
    selected = get_type(type_key) if type_key else None
    unknown_type = bool(type_key) and selected is None

    outcome = results.search(query, locale, selected.key if selected else None)
    fallback = False
    if (
        query
        and outcome.total == 0
        and locale.language_code != SOURCE_LANGUAGE
        and Locale.objects.filter(language_code=SOURCE_LANGUAGE).exists()
    ):
        source = _locale(SOURCE_LANGUAGE)
        japanese = results.search(query, source, selected.key if selected else None)
        if japanese.total:
            outcome, fallback = japanese, True

    promotions = promotions_for(query, locale, request) if query else []
    promoted_ids = {p["page_id"] for p in promotions if p["page_id"]}
    if promoted_ids:
        outcome.hits = [
            hit
            for hit in outcome.hits
            if not (hit.search_type.kind == "page" and hit.pk in promoted_ids)
        ]

    paginator = Paginator(outcome.hits, RESULTS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    directory = results.directory_url(locale, request)
    results.decorate(
        page_obj.object_list,
        query,
        request,
        directory
        if outcome.locale == locale
        else results.directory_url(outcome.locale, request),
    )

    is_distress = bool(query) and distress.is_distress(query)
    # A distress search already opens with every help line.
    help_lines = help_lines_for(query, request) if query and not is_distress else []

    # Count a search once: not again when paging or filtering its results.
    if query and request.GET.get("page", "1") == "1" and not type_key:
        _record(query, outcome.total + len(help_lines))

    nothing_found = bool(query) and outcome.total == 0 and not promotions
    context = {
        "query": query,
        "outcome": outcome,
        "page_obj": page_obj,
        "paginator": paginator,
        "type_links": _type_links(query, outcome, selected.key if selected else ""),
        "selected_type": selected,
        "unknown_type": unknown_type,
        # Only the best PER_TYPE_LIMIT of a type are listed (results.py).
        "partial": (selected.key in outcome.more) if selected else bool(outcome.more),
        "promotions": promotions,
        "distress": is_distress,
        "matching_help_lines": help_lines,
        "nothing_found": nothing_found,
        "fallback_to_japanese": fallback,
        "suggestions": suggestions_for(locale) if (nothing_found or not query) else {},
        "directory_url": directory,
        "page_query": urlencode(
            {"q": query, **({"type": selected.key} if selected else {})}
        ),
    }
    return render(request, "pages/search/search_results.html", context)
