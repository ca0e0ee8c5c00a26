"""Reminders the day before, and deleting personal data after the event."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from freezegun import freeze_time

from events.models import EventFormat, EventSeats, Registration
from tests.events.factories import RegistrationFactory, tokyo

pytestmark = pytest.mark.django_db


def test_reminders_go_once_to_confirmed_online_participants(event_factory):
    online = event_factory(
        event_format=EventFormat.ONLINE,
        online_url="https://zoom.example.jp/j/42",
        start=tokyo(2026, 12, 10, 18, 0),
    )
    venue = event_factory(start=tokyo(2026, 12, 10, 18, 0))
    later = event_factory(
        event_format=EventFormat.HYBRID, start=tokyo(2026, 12, 20, 18, 0)
    )
    going = RegistrationFactory(event=online)
    RegistrationFactory(event=online, status="waitlisted")
    RegistrationFactory(event=online, status="cancelled")
    RegistrationFactory(event=venue)
    RegistrationFactory(event=later)

    with freeze_time("2026-12-08 18:00:00+09:00"):
        call_command("send_event_reminders")
    assert mail.outbox == []

    with freeze_time("2026-12-09 19:00:00+09:00"):
        call_command("send_event_reminders")
        call_command("send_event_reminders")
    assert [m.to for m in mail.outbox] == [[going.email]]
    assert "https://zoom.example.jp/j/42" in mail.outbox[0].body
    assert "まもなく開催" in mail.outbox[0].subject
    going.refresh_from_db()
    assert going.reminder_sent_at is not None

    with freeze_time("2026-12-10 09:00:00+09:00"):
        call_command("send_event_reminders")
    assert len(mail.outbox) == 1


def test_purge_deletes_registrations_after_the_retention_period(
    event_factory, settings
):
    settings.EVENT_REGISTRATION_RETENTION_DAYS = 30
    old = event_factory(start=tokyo(2026, 10, 1, 10, 0))
    recent = event_factory(start=tokyo(2026, 11, 20, 10, 0))
    RegistrationFactory.create_batch(2, event=old)
    RegistrationFactory(event=old, status="cancelled")
    RegistrationFactory(event=recent)

    with freeze_time("2026-12-03 10:00:00+09:00"):
        call_command("purge_registrations")

    assert not Registration.objects.filter(event=old).exists()
    assert Registration.objects.filter(event=recent).count() == 1
    seats = EventSeats.objects.get(event=old)
    assert seats.purged_confirmed_count == 2

    with freeze_time("2026-12-25 10:00:00+09:00"):
        call_command("purge_registrations")
    assert not Registration.objects.exists()


def test_purge_days_can_be_given_on_the_command_line(event_factory):
    event = event_factory(start=tokyo(2026, 11, 30, 10, 0))
    RegistrationFactory(event=event)
    with freeze_time("2026-12-03 10:00:00+09:00"):
        call_command("purge_registrations", days=1)
    assert not Registration.objects.exists()
    assert datetime.date(2026, 12, 3)
