"""The support map's list page (GET filters, server-rendered, paginated)."""

from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from organisations.choices import Audience, ContactMethod, Language
from organisations.directory import (
    apply_filters,
    for_listing,
    localized_categories,
    localized_organisations,
    order,
    read_filters,
)
from organisations.models import Municipality, Region
from organisations.views.listing import ListedOrganisation

PER_PAGE = 20


def filtered_organisations(request, page):
    """(filters, categories, regions, municipalities, queryset) for ``page``."""
    categories = localized_categories(page.locale_id)
    regions = list(Region.objects.all())
    municipalities = list(Municipality.objects.order_by("region__sort_order", "code"))
    filters = read_filters(request.GET, categories, regions, municipalities)
    queryset = order(
        apply_filters(localized_organisations(page.locale_id), filters), filters
    )
    return filters, categories, regions, municipalities, queryset


def directory_view(request, page):
    filters, categories, regions, municipalities, queryset = filtered_organisations(
        request, page
    )
    paginator = Paginator(for_listing(queryset), PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    now = timezone.now()
    base_url = page.get_url(request)
    querystring = filters.querystring()
    items = [
        ListedOrganisation(org, categories, now, filters.near, base_url)
        for org in page_obj
    ]
    municipalities_by_region = [
        (region, [m for m in municipalities if m.region_id == region.pk])
        for region in regions
    ]
    export_suffix = f"?{querystring}" if querystring else ""
    context = page.get_context(request)
    context.update(
        {
            "filters": filters,
            "items": items,
            "page_obj": page_obj,
            "paginator": paginator,
            "querystring": querystring,
            "back_param": querystring,
            "category_choices": [
                (slug, name) for slug, (_o, name) in categories.items()
            ],
            "regions": regions,
            "municipalities_by_region": municipalities_by_region,
            "method_choices": ContactMethod.choices,
            "audience_choices": Audience.choices,
            "language_choices": Language.choices,
            "geojson_url": f"{base_url}organisations.geojson{export_suffix}",
            "csv_url": f"{base_url}organisations.csv{export_suffix}",
            "hsds_url": f"{base_url}hsds.json",
            "map_config": {
                "tileUrl": settings.MAP_TILE_URL,
                "attribution": settings.MAP_TILE_ATTRIBUTION,
                "geojsonUrl": f"{base_url}organisations.geojson{export_suffix}",
                "near": list(filters.near) if filters.near else None,
                "messages": {
                    "here": str(_("You are here")),
                    "locating": str(_("Finding your location…")),
                    "unavailable": str(
                        _(
                            "Your location could not be found. Choose a "
                            "municipality instead."
                        )
                    ),
                },
            },
        }
    )
    return TemplateResponse(request, page.get_template(request), context)
