"""Editors can create an event in the admin, with its choices and map pin."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from events.models import EventPage
from tests.events.factories import tokyo

pytestmark = pytest.mark.django_db


def test_editor_creates_an_all_day_event_with_choices(admin_client, index):
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", index.pk])
    assert admin_client.get(url).status_code == 200
    data = nested_form_data(
        {
            "title": "パネル展",
            "slug": "panel",
            "event_type": "other",
            "status": "scheduled",
            "all_day": "on",
            "start_date": "2026-12-20",
            "end_date": "2026-12-22",
            "event_format": "venue",
            "venue": "市役所ホール",
            "location": "SRID=4326;POINT(139.6489 35.8617)",
            "fee": "0",
            "registration_enabled": "on",
            "waitlist_enabled": "on",
            "body": streamfield([]),
            "materials": streamfield([]),
        }
    )
    # Checkbox lists are posted as repeated keys, which nested_form_data flattens.
    data["audience"] = ["residents", "students"]
    data["accommodations"] = ["wheelchair"]
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    event = EventPage.objects.get(slug="panel")
    assert event.audience == ["residents", "students"]
    assert event.accommodations == ["wheelchair"]
    assert event.start is None
    assert event.starts_at == tokyo(2026, 12, 20)
    assert event.ends_at == tokyo(2026, 12, 23)
    assert event.coordinates == (35.8617, 139.6489)


def test_an_event_needs_a_start(admin_client, index):
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", index.pk])
    data = nested_form_data(
        {
            "title": "日時なし",
            "slug": "no-date",
            "event_type": "seminar",
            "status": "scheduled",
            "event_format": "venue",
            "fee": "0",
            "body": streamfield([]),
            "materials": streamfield([]),
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "start" in response.context["form"].errors
