"""The admin: local Leaflet, GSI tiles and address search, editing an entry."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from organisations.models import Municipality, Organisation, SupportCategory

pytestmark = pytest.mark.django_db

ADD_URL = "wagtailsnippets_organisations_organisation:add"


def test_map_widget_is_served_locally_with_gsi_tiles(admin_client, settings):
    html = admin_client.get(reverse(ADD_URL)).content.decode()
    assert "unpkg.com" not in html
    assert "/static/vendor/leaflet/leaflet.js" in html
    assert "cyberjapandata.gsi.go.jp" in html
    assert 'data-controller="gsi-geocoder-field"' in html
    assert "/static/organisations/admin/gsi-geocoder.js" in html


def test_editor_creates_and_publishes_an_organisation(admin_client):
    kawagoe = Municipality.objects.get(code="112011")
    category = SupportCategory.objects.get(slug="ibasho", locale__language_code="ja")
    data = nested_form_data(
        {
            "name": "居場所テスト",
            "name_kana": "いばしょてすと",
            "slug": "ibasho-test",
            "organisation_type": "nonprofit",
            "municipality": kawagoe.pk,
            "description": "説明です。",
            "phone": "049-000-0000",
            "postal_code": "3500036",
            "address": "川越市小仙波町1-1",
            "location": "SRID=4326;POINT(139.486 35.925)",
            "opening_hours": inline_formset(
                [{"weekday": "0", "opens": "09:00", "closes": "17:00"}]
            ),
            "action-publish": "publish",
        }
    )
    # Multiple choices are repeated keys, which nested_form_data cannot express.
    data.update(
        categories=[category.pk],
        contact_methods=["phone", "visit"],
        audiences=["anyone"],
        languages=["ja", "en"],
    )
    response = admin_client.post(reverse(ADD_URL), data)
    assert response.status_code == 302, response.context["form"].errors
    org = Organisation.objects.get(slug="ibasho-test")
    assert org.live
    assert org.contact_methods == ["phone", "visit"]
    assert org.languages == ["ja", "en"]
    assert (org.latitude, org.longitude) == (35.925, 139.486)
    assert org.postal_code == "350-0036"
    assert org.opening_hours.count() == 1
    assert list(org.categories.all()) == [category]


def test_closing_before_opening_is_refused(admin_client):
    data = nested_form_data(
        {
            "name": "x",
            "slug": "x",
            "organisation_type": "other",
            "municipality": Municipality.objects.first().pk,
            "description": "x",
            "opening_hours": inline_formset(
                [{"weekday": "0", "opens": "17:00", "closes": "09:00"}]
            ),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(reverse(ADD_URL), data)
    assert response.status_code == 200
    assert not Organisation.objects.exists()


def test_listing_search_finds_japanese_substrings(admin_client):
    from tests.organisations.factories import OrganisationFactory

    OrganisationFactory(name="川越市社会福祉協議会")
    OrganisationFactory(name="秩父の居場所")
    response = admin_client.get(
        reverse("wagtailsnippets_organisations_organisation:list"), {"q": "福祉"}
    )
    html = response.content.decode()
    assert "川越市社会福祉協議会" in html
    assert "秩父の居場所" not in html
