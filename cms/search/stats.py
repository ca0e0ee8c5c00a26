"""Anonymous counts of what people search for, for the staff report.

Only the normalised query text, the day and a count are stored: never an IP
address, user, session or time of day. Queries that look like they carry
personal details (long digit runs such as phone numbers, e-mail addresses, very
long text) are not stored at all.
"""

import logging
import re

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from . import analysis

logger = logging.getLogger(__name__)

MAX_LOGGED_CHARS = 50
_PERSONAL = re.compile(r"\d{4,}|@|\d{2,}[-‐ー]\d{2,}")


def loggable(query):
    """The normalised query to store, or ``None`` if it must not be stored."""
    normalised = analysis.normalize(query)
    if not normalised or len(normalised) > MAX_LOGGED_CHARS:
        return None
    if _PERSONAL.search(normalised):
        return None
    return normalised


def record_search(query, result_count):
    """Count one search (and one search with no results, if so)."""
    from wagtail.contrib.search_promotions.models import Query

    from .models import ZeroResultQuery

    normalised = loggable(query)
    if normalised is None:
        return
    with transaction.atomic():
        stored = Query.get(normalised)
        stored.add_hit()
        if result_count == 0:
            today = timezone.localdate()
            row, _created = ZeroResultQuery.objects.get_or_create(
                query=stored, date=today
            )
            ZeroResultQuery.objects.filter(pk=row.pk).update(hits=F("hits") + 1)
