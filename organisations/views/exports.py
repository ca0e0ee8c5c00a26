"""Open data of the support map: GeoJSON, CSV and Open Referral HSDS 3.0.

Each export honours the list's filters, runs a constant number of queries, and
never carries the address, postal code or coordinates of a confidential location.
"""

import csv
import io
import json
import uuid
from types import SimpleNamespace

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.gzip import gzip_page

from organisations.choices import ContactMethod, Language
from organisations.models import Organisation
from organisations.views.directory import filtered_organisations

HSDS_NAMESPACE = uuid.UUID("6f1d3c1e-8a43-4b7a-9d39-5a1bb0b8e5a1")
CSV_COLUMNS = [
    "external_id",
    "name",
    "name_kana",
    "type",
    "municipality",
    "municipality_name",
    "postal_code",
    "address",
    "latitude",
    "longitude",
    "phone",
    "email",
    "website",
    "categories",
    "methods",
    "description",
    "is_member",
    "confidential",
    "url",
]


def _cacheable(response):
    patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_SECONDS)
    return response


EXPORT_FIELDS = [
    "pk",
    "translation_key",
    "slug",
    "external_id",
    "name",
    "name_kana",
    "organisation_type",
    "postal_code",
    "address",
    "latitude",
    "longitude",
    "confidential_location",
    "phone",
    "email",
    "website",
    "contact_methods",
    "languages",
    "description",
    "fees",
    "audience_note",
    "is_member",
    "municipality__code",
    "municipality__name",
]


class ExportRow:
    """One organisation as plain values: 2,000 rows without building models."""

    def __init__(self, values):
        self.__dict__.update(values)
        self.municipality = (
            SimpleNamespace(
                code=values["municipality__code"], name=values["municipality__name"]
            )
            if values["municipality__code"]
            else None
        )

    @property
    def public_point(self):
        if self.confidential_location or self.latitude is None:
            return None
        return (self.latitude, self.longitude)


def _export_rows(request, page):
    """(rows, {pk: [category slug]}, category names, base url)."""
    _filters, categories, _r, _m, queryset = filtered_organisations(request, page)
    rows = [ExportRow(values) for values in queryset.values(*EXPORT_FIELDS)]
    through = Organisation.categories.through.objects.filter(
        organisation_id__in=queryset.order_by().values("pk")
    ).values_list("organisation_id", "supportcategory__slug")
    slugs = {}
    for organisation_id, slug in through:
        slugs.setdefault(organisation_id, []).append(slug)
    return rows, slugs, categories, page.get_url(request)


def geojson_view(request, page):
    organisations, slugs, categories, base_url = _export_rows(request, page)
    absolute_base = request.build_absolute_uri(base_url)
    features = []
    for org in organisations:
        point = org.public_point
        if point is None:
            continue
        features.append(
            {
                "type": "Feature",
                "id": org.slug,
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(point[1], 6), round(point[0], 6)],
                },
                "properties": {
                    "name": org.name,
                    "url": f"{absolute_base}{org.slug}/",
                    "municipality": org.municipality.name if org.municipality else "",
                    "categories": [
                        categories[s][1]
                        for s in slugs.get(org.pk, [])
                        if s in categories
                    ],
                    "category_keys": slugs.get(org.pk, []),
                    "phone": org.phone,
                    "contact_methods": org.contact_methods,
                },
            }
        )
    data = {"type": "FeatureCollection", "features": features}
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")),
        content_type="application/geo+json; charset=utf-8",
    )
    response["Access-Control-Allow-Origin"] = "*"
    return _cacheable(response)


def csv_view(request, page):
    organisations, slugs, _categories, base_url = _export_rows(request, page)
    absolute_base = request.build_absolute_uri(base_url)
    buffer = io.StringIO()
    buffer.write("\ufeff")  # Excel in Japan needs the BOM to read UTF-8.
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for org in organisations:
        hidden = org.confidential_location
        point = org.public_point
        writer.writerow(
            [
                org.external_id,
                org.name,
                org.name_kana,
                org.organisation_type,
                org.municipality.code if org.municipality else "",
                org.municipality.name if org.municipality else "",
                "" if hidden else org.postal_code,
                "" if hidden else org.address,
                f"{point[0]:.6f}" if point else "",
                f"{point[1]:.6f}" if point else "",
                org.phone,
                org.email,
                org.website,
                ";".join(slugs.get(org.pk, [])),
                ";".join(org.contact_methods),
                org.description,
                "yes" if org.is_member else "no",
                "yes" if hidden else "no",
                f"{absolute_base}{org.slug}/",
            ]
        )
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="organisations.csv"'
    return _cacheable(response)


def _hsds_id(kind, organisation):
    return str(uuid.uuid5(HSDS_NAMESPACE, f"{kind}:{organisation.translation_key}"))


def hsds_view(request, page):
    """Organisations, services and locations in Open Referral HSDS 3.0 terms."""
    organisations, slugs, categories, base_url = _export_rows(request, page)
    absolute_base = request.build_absolute_uri(base_url)
    method_labels = dict(ContactMethod.choices)
    language_codes = {choice: choice.split("-")[0] for choice in Language.values}
    out = {
        "hsds_version": "3.0",
        "organizations": [],
        "services": [],
        "locations": [],
        "service_at_locations": [],
    }
    for org in organisations:
        org_id = str(org.translation_key)
        service_id = _hsds_id("service", org)
        location_id = _hsds_id("location", org)
        url = f"{absolute_base}{org.slug}/"
        phones = (
            [{"id": _hsds_id("phone", org), "number": org.phone}] if org.phone else []
        )
        out["organizations"].append(
            {
                "id": org_id,
                "name": org.name,
                "alternate_name": org.name_kana or None,
                "description": org.description,
                "email": org.email or None,
                "website": org.website or url,
                "phones": phones,
            }
        )
        out["services"].append(
            {
                "id": service_id,
                "organization_id": org_id,
                "name": org.name,
                "description": org.description,
                "url": url,
                "email": org.email or None,
                "status": "active",
                "fees_description": org.fees or None,
                "eligibility_description": org.audience_note or None,
                "languages": [
                    {
                        "id": _hsds_id(f"language:{code}", org),
                        "code": language_codes[code],
                    }
                    for code in org.languages
                    if code in language_codes
                ],
                "attributes": [
                    {
                        "taxonomy": "support_category",
                        "value": slug,
                        "label": categories[slug][1] if slug in categories else slug,
                    }
                    for slug in slugs.get(org.pk, [])
                ]
                + [
                    {
                        "taxonomy": "contact_method",
                        "value": key,
                        "label": str(method_labels.get(key, key)),
                    }
                    for key in org.contact_methods
                ],
                "phones": phones,
            }
        )
        address = {
            "id": _hsds_id("address", org),
            "location_id": location_id,
            "city": org.municipality.name if org.municipality else None,
            "state_province": "埼玉県",
            "country": "JP",
            "address_type": "physical",
        }
        location = {
            "id": location_id,
            "organization_id": org_id,
            "location_type": "physical",
            "name": org.municipality.name if org.municipality else org.name,
        }
        if not org.confidential_location:
            address["address_1"] = org.address or None
            address["postal_code"] = org.postal_code or None
            point = org.public_point
            if point:
                location["latitude"], location["longitude"] = point
        location["addresses"] = [address]
        out["locations"].append(location)
        out["service_at_locations"].append(
            {
                "id": _hsds_id("service_at_location", org),
                "service_id": service_id,
                "location_id": location_id,
            }
        )
    response = JsonResponse(out, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return _cacheable(response)


EXPORTS = {
    "organisations.geojson": geojson_view,
    "organisations.csv": csv_view,
    "hsds.json": hsds_view,
}


# Compressed: residents open the map on phones, often on mobile data, and the
# GeoJSON of 2,000 organisations shrinks about tenfold. The files hold only
# public data, so compressing them reveals nothing (BREACH).
@gzip_page
def export_view(request, page_path, filename):
    """Find the DirectoryPage at ``page_path`` in this site and language."""
    from django.http import Http404
    from wagtail.models import Site

    from organisations.models import DirectoryPage

    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    root = site.root_page.localized.specific
    components = [part for part in page_path.split("/") if part]
    page, _args, _kwargs = root.route(request, components)
    page = page.specific
    if not isinstance(page, DirectoryPage) or not page.live:
        raise Http404
    return EXPORTS[filename](request, page)
