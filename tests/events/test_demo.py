"""The demo content loads, tells the story, and can be loaded twice."""

import io

import pytest
from django.core.management.color import no_style

from events import demo
from events.models import EventPage, Registration

pytestmark = pytest.mark.django_db


def test_demo_is_idempotent_and_covers_every_type(home, client):
    demo.load(io.StringIO(), no_style())
    count = EventPage.objects.count()
    registrations = Registration.objects.count()
    demo.load(io.StringIO(), no_style())
    assert EventPage.objects.count() == count
    assert Registration.objects.count() == registrations

    events = EventPage.objects.all()
    assert {e.event_type for e in events} >= {
        "workshop",
        "training",
        "seminar",
        "symposium",
        "top_seminar",
        "kickoff",
        "other",
    }
    assert events.filter(status="cancelled").exists()
    assert events.filter(all_day=True).exists()
    assert events.filter(event_format="hybrid").exists()
    kickoff = events.get(slug="kickoff-2023")
    assert kickoff.starts_at.date().isoformat() == "2023-02-09"
    assert Registration.objects.filter(status="waitlisted").exists()
    assert all(
        email.endswith("@example.jp")
        for email in Registration.objects.values_list("email", flat=True)
    )
    response = client.get("/ja/events/?format=online&type=training")
    assert response.status_code == 200
    assert "オンライン研修会" in response.content.decode()
