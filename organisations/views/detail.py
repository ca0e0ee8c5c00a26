"""An organisation's own page on the support map: /ja/map/<slug>/."""

import json

from django.conf import settings
from django.http import Http404, QueryDict
from django.template.response import TemplateResponse
from django.utils import timezone

from organisations.directory import (
    for_listing,
    localized_categories,
    localized_organisations,
    read_filters,
)
from organisations.models import Municipality, Region
from organisations.views.listing import ListedOrganisation, weekly_hours

SCHEMA_DAYS = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
]


def json_ld(organisation, url):
    """schema.org Organization data; a confidential place gives only its town."""
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": organisation.name,
        "description": organisation.description,
        "url": organisation.website or url,
        "mainEntityOfPage": url,
    }
    if organisation.phone:
        data["telephone"] = organisation.phone
    if organisation.email:
        data["email"] = organisation.email
    address = {
        "@type": "PostalAddress",
        "addressCountry": "JP",
        "addressRegion": "埼玉県",
    }
    if organisation.municipality:
        address["addressLocality"] = organisation.municipality.name
    if not organisation.confidential_location:
        if organisation.postal_code:
            address["postalCode"] = organisation.postal_code
        if organisation.address:
            address["streetAddress"] = organisation.address
        point = organisation.public_point
        if point:
            data["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": point[0],
                "longitude": point[1],
            }
    data["address"] = address
    hours = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"https://schema.org/{SCHEMA_DAYS[row.weekday]}",
            "opens": row.opens.strftime("%H:%M"),
            "closes": row.closes.strftime("%H:%M"),
        }
        for row in organisation.opening_hours.all()
    ]
    if hours:
        data["openingHoursSpecification"] = hours
    text = json.dumps(data, ensure_ascii=False)
    # Inside <script>, "<" must never start a tag.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def back_querystring(request, page_locale_id, categories=None):
    """The list's filters to return to, rebuilt from known values only."""
    back = request.GET.get("back", "")
    if not back:
        return ""
    categories = categories or localized_categories(page_locale_id)
    filters = read_filters(
        QueryDict(back[:500]),
        categories,
        list(Region.objects.all()),
        list(Municipality.objects.all()),
    )
    return filters.querystring()


def detail_context(request, organisation, directory_page):
    locale_id = directory_page.locale_id if directory_page else organisation.locale_id
    categories = localized_categories(locale_id)
    base_url = directory_page.get_url(request) if directory_page else ""
    listed = ListedOrganisation(
        organisation, categories, timezone.now(), base_url=base_url or ""
    )
    url = request.build_absolute_uri(listed.url) if base_url else ""
    back = back_querystring(request, locale_id, categories) if directory_page else ""
    context = {
        "page": directory_page,
        "organisation": organisation,
        "item": listed,
        "weekly_hours": weekly_hours(organisation),
        "json_ld": json_ld(organisation, url),
        "back_url": f"{base_url}?{back}" if back else base_url,
        "meta_description": organisation.description[:120],
        "map_config": {
            "tileUrl": settings.MAP_TILE_URL,
            "attribution": settings.MAP_TILE_ATTRIBUTION,
            "point": list(listed.point) if listed.point else None,
            "name": organisation.name,
        },
    }
    return context


def detail_view(request, page, slug):
    candidates = for_listing(localized_organisations(page.locale_id).filter(slug=slug))
    organisations = sorted(candidates, key=lambda o: o.locale_id != page.locale_id)
    if not organisations:
        raise Http404
    organisation = organisations[0]
    context = page.get_context(request)
    context.update(detail_context(request, organisation, page))
    return TemplateResponse(
        request, "pages/organisations/organisation_detail.html", context
    )
