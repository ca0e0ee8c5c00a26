"""GeoJSON, CSV and HSDS exports: formats, filters, caching and query counts."""

import csv
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.organisations.factories import OrganisationFactory, bulk_organisations

pytestmark = pytest.mark.django_db


def test_geojson_is_rfc7946_with_longitude_first(client, directory_page):
    OrganisationFactory(slug="a", name="A", categories=["food"])
    OrganisationFactory(slug="no-pin", name="B", location="")
    response = client.get(directory_page.url + "organisations.geojson")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/geo+json")
    assert "max-age" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == 1
    feature = data["features"][0]
    assert feature["geometry"] == {
        "type": "Point",
        "coordinates": [139.4858, 35.9251],
    }
    assert feature["properties"]["name"] == "A"
    assert feature["properties"]["categories"] == ["食支援"]
    assert feature["properties"]["url"] == "http://testserver/ja/map/a/"


def test_exports_are_compressed_for_browsers_that_accept_it(client, directory_page):
    import gzip

    bulk_organisations(30)
    url = directory_page.url + "organisations.geojson"
    plain = client.get(url)
    packed = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert "Content-Encoding" not in plain
    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    assert gzip.decompress(packed.content) == plain.content
    assert len(packed.content) * 4 < len(plain.content)


def test_exports_honour_the_filters(client, directory_page):
    OrganisationFactory(name="食", categories=["food"])
    OrganisationFactory(name="居場所", categories=["ibasho"])
    geojson = client.get(
        directory_page.url + "organisations.geojson", {"category": "food"}
    ).json()
    assert [f["properties"]["name"] for f in geojson["features"]] == ["食"]
    text = client.get(
        directory_page.url + "organisations.csv", {"category": "ibasho"}
    ).content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [row["name"] for row in rows] == ["居場所"]


def test_csv_has_bom_and_round_trip_columns(client, directory_page):
    OrganisationFactory(
        external_id="x-1", name="団体", categories=["food", "ibasho"], is_member=True
    )
    response = client.get(directory_page.url + "organisations.csv")
    assert response.content.startswith("\ufeff".encode())
    assert "attachment" in response["Content-Disposition"]
    row = next(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert row["external_id"] == "x-1"
    assert row["municipality"] == "112011"
    assert set(row["categories"].split(";")) == {"food", "ibasho"}
    assert row["methods"] == "phone;visit"
    assert row["is_member"] == "yes"
    assert row["latitude"] == "35.925100"


def test_hsds_lists_organisations_services_and_locations(client, directory_page):
    org = OrganisationFactory(name="団体", languages=["en"], categories=["food"])
    data = client.get(directory_page.url + "hsds.json").json()
    assert data["organizations"][0]["id"] == str(org.translation_key)
    service = data["services"][0]
    assert service["organization_id"] == str(org.translation_key)
    assert service["languages"][0]["code"] == "en"
    location = data["locations"][0]
    assert location["latitude"] == pytest.approx(35.9251)
    assert location["addresses"][0]["address_1"] == "川越市小仙波町9-9-9"
    link = data["service_at_locations"][0]
    assert (link["service_id"], link["location_id"]) == (service["id"], location["id"])


def test_exports_404_outside_a_directory_page(client, directory_page):
    assert client.get("/ja/organisations.geojson").status_code == 404
    assert client.get("/ja/nowhere/organisations.csv").status_code == 404


@pytest.mark.parametrize(
    "filename", ["organisations.geojson", "organisations.csv", "hsds.json"]
)
def test_export_query_count_is_constant(client, directory_page, filename):
    bulk_organisations(10)
    url = directory_page.url + filename
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    bulk_organisations(490, start=10)
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert response.status_code == 200
    assert len(few) == len(many)
