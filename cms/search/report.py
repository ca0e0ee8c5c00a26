"""Staff report: what people search for, and what finds nothing."""

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import ZeroResultQuery

PERIODS = {7: _("Last 7 days"), 30: _("Last 30 days"), 90: _("Last 90 days")}
ROWS = 50
PERMISSION = "sitesearch.view_zeroresultquery"


def search_report_view(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    from wagtail.contrib.search_promotions.models import Query

    try:
        days = int(request.GET.get("days", 30))
    except ValueError:
        days = 30
    if days not in PERIODS:
        days = 30
    since = timezone.localdate() - datetime.timedelta(days=days - 1)

    popular = (
        Query.objects.filter(daily_hits__date__gte=since)
        .annotate(total=Sum("daily_hits__hits"))
        .order_by("-total", "query_string")
        .values("query_string", "total")[:ROWS]
    )
    no_results = (
        ZeroResultQuery.objects.filter(date__gte=since)
        .values("query__query_string")
        .annotate(total=Sum("hits"))
        .order_by("-total", "query__query_string")[:ROWS]
    )
    return render(
        request,
        "sitesearch/search_report.html",
        {
            "popular": list(popular),
            "no_results": list(no_results),
            "days": days,
            "periods": PERIODS.items(),
            "since": since,
        },
    )
