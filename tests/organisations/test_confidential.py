"""A confidential location (shelters) never leaves the site in any output."""

import pytest

from tests.organisations.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

SECRET_ADDRESS = "秘密町1-2-3"
SECRET_POSTAL = "355-9999"
SECRET_LAT, SECRET_LNG = "35.98765", "139.45678"


@pytest.fixture
def shelter(directory_page):
    return OrganisationFactory(
        slug="shelter",
        name="シェルター",
        confidential_location=True,
        address=SECRET_ADDRESS,
        postal_code=SECRET_POSTAL,
        location=f"SRID=4326;POINT({SECRET_LNG} {SECRET_LAT})",
        categories=["abuse-dv"],
    )


def assert_secret_absent(text):
    for secret in (SECRET_ADDRESS, SECRET_POSTAL, SECRET_LAT, SECRET_LNG, "35.9876"):
        assert secret not in text


@pytest.mark.parametrize(
    "path",
    [
        "",
        "?category=abuse-dv",
        "?near=35.98,139.45",
        "?q=秘密町",
        "shelter/",
        "organisations.geojson",
        "organisations.csv",
        "hsds.json",
    ],
)
def test_confidential_location_absent(client, directory_page, shelter, path):
    response = client.get(directory_page.url + path)
    assert response.status_code == 200
    text = response.content.decode("utf-8-sig")
    assert_secret_absent(text)


def test_confidential_still_listed_with_its_municipality(
    client, directory_page, shelter
):
    html = client.get(directory_page.url).content.decode()
    assert "シェルター" in html
    assert "川越市" in html
    detail = client.get(directory_page.url + "shelter/").content.decode()
    assert "organisation-map-config" not in detail
    assert '"addressLocality": "川越市"' in detail


def test_confidential_address_not_found_by_keyword(client, directory_page, shelter):
    response = client.get(directory_page.url, {"q": "秘密町"})
    assert response.context["paginator"].count == 0


def test_confidential_not_in_search_index_text(shelter):
    assert shelter.search_address == ""
