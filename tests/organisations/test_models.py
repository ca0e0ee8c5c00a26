"""Reference data, locations, choice lists, opening hours, membership counts."""

import datetime

import pytest
from django.utils import timezone

from organisations.blocks import MembershipCountsBlock, member_counts
from organisations.geo import distance_km, parse_latlng, parse_point
from organisations.models import Municipality, Organisation, Region, SupportCategory
from tests.organisations.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def test_reference_data_is_seeded():
    assert Region.objects.count() == 10
    assert Municipality.objects.count() == 63
    assert Municipality.objects.get(code="112011").name == "川越市"
    assert Municipality.objects.get(code="112011").region.slug == "kawagoe-hiki"
    assert SupportCategory.objects.filter(locale__language_code="ja").count() == 16


def test_location_string_sets_coordinates():
    org = OrganisationFactory(location="SRID=4326;POINT(139.5 35.9)")
    assert (org.latitude, org.longitude) == (35.9, 139.5)
    org.location = ""
    org.save()
    assert org.point is None


def test_public_point_hides_confidential():
    org = OrganisationFactory(confidential_location=True)
    assert org.point is not None
    assert org.public_point is None


def test_choice_lists_round_trip_and_filter():
    OrganisationFactory(contact_methods=["phone", "sns"])
    OrganisationFactory(contact_methods=["visit"])
    org = Organisation.objects.with_method("sns").get()
    assert org.contact_methods == ["phone", "sns"]
    assert Organisation.objects.with_method("phone").count() == 1
    assert Organisation.objects.with_method("ph").count() == 0


def test_opening_hours_in_saitama_time():
    org = OrganisationFactory(hours=[(0, "09:00", "12:00")])
    tokyo = datetime.timezone(datetime.timedelta(hours=9))
    monday_ten = datetime.datetime(2026, 12, 7, 10, 0, tzinfo=tokyo)
    assert org.is_open_at(monday_ten)
    # 03:00 UTC on Monday is noon in Saitama: closed.
    assert not org.is_open_at(datetime.datetime(2026, 12, 7, 3, 0, tzinfo=datetime.UTC))
    assert not org.is_open_at(monday_ten + datetime.timedelta(days=1))
    assert timezone.get_current_timezone_name() == "Asia/Tokyo"


def test_geo_helpers():
    assert parse_point("SRID=4326;POINT(139.48 35.92)") == (35.92, 139.48)
    assert parse_point("POINT(999 35)") is None
    assert parse_latlng("35.9,139.5") == (35.9, 139.5)
    assert parse_latlng("nan,1") is None
    assert parse_latlng("1,2,3") is None
    # Saitama City to Chichibu: about 53 km as the crow flies.
    assert 50 < distance_km((35.86, 139.65), (35.99, 139.08)) < 56


def test_membership_counts_by_type():
    OrganisationFactory(is_member=True, organisation_type="nonprofit")
    OrganisationFactory(is_member=True, organisation_type="nonprofit")
    OrganisationFactory(is_member=True, organisation_type="municipality")
    OrganisationFactory(is_member=False, organisation_type="business")
    OrganisationFactory(is_member=True, organisation_type="business", live=False)
    counts, total = member_counts()
    assert [count for _label, count in counts] == [1, 0, 2, 0, 0]
    assert total == 3
    html = MembershipCountsBlock().render(
        MembershipCountsBlock().to_python({"heading": "参加団体", "note": ""})
    )
    assert "参加団体" in html
    assert "<td>2</td>" in html
    assert "<td>3</td>" in html
