"""Registering, the waitlist, cancelling and the emails that go with them."""

import pytest
from django.core import mail
from django.urls import reverse
from freezegun import freeze_time
from icalendar import Calendar

from events import registration as service
from events.models import EventFormat, EventStatus, Registration
from events.tokens import make_token
from tests.events.factories import RegistrationFactory, tokyo

pytestmark = pytest.mark.django_db

VALID = {
    "name": "埼玉 花子",
    "name_kana": "さいたま はなこ",
    "email": "Hanako@Example.jp",
    "phone": "048-000-0000",
    "organisation_name": "",
    "accommodations": ["sign_language"],
    "question": "駐車場はありますか",
    "consent": "on",
}


def post(client, event, data=None, **headers):
    return client.post(
        reverse("events:register", args=[event.pk]), data or VALID, **headers
    )


def test_registering_confirms_a_place_and_emails_the_details(client, event_factory):
    event = event_factory(
        capacity=10,
        event_format=EventFormat.HYBRID,
        online_platform="Zoom",
        online_url="https://zoom.example.jp/j/123",
    )
    response = post(client, event)

    assert response.status_code == 303
    registration = Registration.objects.get()
    assert registration.is_confirmed
    assert registration.email == "hanako@example.jp"
    assert registration.accommodations == ["sign_language"]
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "no-cache" in thanks["Cache-Control"]
    assert "参加が確定しました" in thanks.content.decode()

    [email] = mail.outbox
    assert email.to == ["hanako@example.jp"]
    assert event.title in email.subject
    assert "https://zoom.example.jp/j/123" in email.body
    cancel_link = next(
        line
        for line in email.body.splitlines()
        if "/event-registration/cancel/" in line
    )
    # Links point at the public origin (WAGTAILADMIN_BASE_URL in tests).
    assert cancel_link.strip().startswith("http://testserver/ja/")
    assert client.get(cancel_link.strip()).status_code == 200
    [(filename, content, mimetype)] = email.attachments
    assert filename == "event.ics"
    assert mimetype.startswith("text/calendar")
    vevent = Calendar.from_ical(content).walk("VEVENT")[0]
    assert str(vevent["SUMMARY"]) == event.title
    assert "https://zoom.example.jp/j/123" in str(vevent["DESCRIPTION"])


def test_online_link_is_never_on_the_public_page(client, event_factory):
    event = event_factory(
        event_format=EventFormat.ONLINE, online_url="https://zoom.example.jp/j/999"
    )
    html = client.get(event.url).content.decode()
    assert "zoom.example.jp/j/999" not in html
    ics = client.get(event.url + "event.ics").content.decode()
    assert "zoom.example.jp/j/999" not in ics


def test_full_event_offers_the_waitlist_and_puts_people_on_it(client, event_factory):
    event = event_factory(capacity=1)
    RegistrationFactory(event=event)
    html = client.get(event.url).content.decode()
    assert "キャンセル待ち" in html

    response = post(client, event)
    assert response.status_code == 303
    newest = Registration.objects.latest("pk")
    assert newest.is_waitlisted
    [email] = mail.outbox
    assert "キャンセル待ち" in email.subject
    assert email.attachments == []


def test_same_email_twice_is_not_registered_twice(client, event_factory):
    event = event_factory(capacity=5)
    post(client, event)
    response = post(client, event, {**VALID, "email": "hanako@example.jp"})
    assert response.status_code == 409
    assert Registration.objects.count() == 1
    assert "すでに" in response.content.decode()


def test_invalid_form_keeps_what_was_typed_and_explains(client, event_factory):
    event = event_factory(capacity=5)
    data = {**VALID, "email": "hanako@", "name_kana": "Hanako", "consent": ""}
    response = post(client, event, data)
    html = response.content.decode()
    assert response.status_code == 422
    assert "no-cache" in response["Cache-Control"]
    assert 'value="埼玉 花子"' in html
    assert "駐車場はありますか" in html
    assert 'value="Hanako"' in html
    assert "ひらがなかカタカナ" in html
    assert "同意" in html
    assert 'aria-invalid="true"' in html
    assert Registration.objects.count() == 0


def test_honeypot_silently_refuses(client, event_factory):
    event = event_factory()
    response = post(client, event, {**VALID, "website": "http://spam.example"})
    assert response.status_code == 400
    assert Registration.objects.count() == 0
    assert mail.outbox == []


def test_cross_site_posts_are_refused(client, event_factory):
    event = event_factory()
    response = post(client, event, headers={"Sec-Fetch-Site": "cross-site"})
    assert response.status_code == 403
    response = post(client, event, headers={"Origin": "https://evil.example"})
    assert response.status_code == 403
    response = post(client, event, headers={"Referer": "https://evil.example/x"})
    assert response.status_code == 403
    assert Registration.objects.count() == 0
    response = post(
        client,
        event,
        headers={"Sec-Fetch-Site": "same-origin", "Origin": "http://testserver"},
    )
    assert response.status_code == 303


def test_rate_limit_per_client(client, event_factory, settings):
    settings.EVENT_REGISTRATION_RATE_LIMIT = (2, 600)
    event = event_factory()
    for n in range(2):
        post(client, event, {**VALID, "email": f"p{n}@example.jp"})
    response = post(client, event, {**VALID, "email": "p3@example.jp"})
    assert response.status_code == 429
    assert Registration.objects.count() == 2
    other = post(
        client, event, {**VALID, "email": "p4@example.jp"}, REMOTE_ADDR="10.0.0.9"
    )
    assert other.status_code == 303


@pytest.mark.parametrize(
    "fields",
    [
        {"status": EventStatus.CANCELLED},
        {"registration_closed": True},
        {"registration_enabled": False},
    ],
)
def test_closed_events_refuse_politely(client, event_factory, fields):
    event = event_factory(**fields)
    response = post(client, event)
    assert response.status_code == 409
    assert Registration.objects.count() == 0


def test_deadline_and_opening_time(client, event_factory):
    with freeze_time("2026-12-01 10:00:00+09:00"):
        event = event_factory(
            start=tokyo(2026, 12, 20, 13, 0),
            registration_opens=tokyo(2026, 12, 2, 9, 0),
            registration_deadline=tokyo(2026, 12, 15, 17, 0),
        )
        assert post(client, event).status_code == 409
    with freeze_time("2026-12-10 10:00:00+09:00"):
        assert post(client, event).status_code == 303
    with freeze_time("2026-12-16 10:00:00+09:00"):
        response = post(client, event, {**VALID, "email": "late@example.jp"})
        assert response.status_code == 409
        assert "締め切り" in response.content.decode()


def test_cancelling_promotes_the_first_on_the_waitlist(client, event_factory):
    event = event_factory(capacity=1)
    first = RegistrationFactory(event=event)
    waiting = [RegistrationFactory(event=event, status="waitlisted") for _ in range(2)]
    url = reverse("events:cancel", args=[make_token(first)])

    confirm = client.get(url)
    assert confirm.status_code == 200
    assert "no-cache" in confirm["Cache-Control"]
    first.refresh_from_db()
    assert first.is_confirmed  # a GET never cancels

    response = client.post(url)
    assert response.status_code == 200
    first.refresh_from_db()
    waiting[0].refresh_from_db()
    waiting[1].refresh_from_db()
    assert first.is_cancelled
    assert waiting[0].is_confirmed and waiting[0].promoted_at
    assert waiting[1].is_waitlisted
    subjects = sorted(m.subject for m in mail.outbox)
    assert any("キャンセル" in s for s in subjects)
    promoted_mail = next(m for m in mail.outbox if m.to == [waiting[0].email])
    assert promoted_mail.attachments


def test_tampered_cancel_link_is_not_found(client, event_factory):
    registration = RegistrationFactory(event=event_factory())
    token = make_token(registration)
    url = reverse("events:cancel", args=[token[:-2] + "xx"])
    assert client.get(url).status_code == 404


def test_registrations_belong_to_the_japanese_event(client, event_factory, locales):
    event = event_factory(capacity=1)
    translation = event.copy_for_translation(locales["en"], copy_parents=True)
    translation.save_revision().publish()
    response = client.post(reverse("events:register", args=[translation.pk]), VALID)
    assert response.status_code == 303
    assert Registration.objects.get().event_id == event.pk
    # The seat is taken for every language.
    assert service.RegistrationState.for_event(translation).is_full


def test_registration_state_counts(event_factory):
    event = event_factory(capacity=3)
    RegistrationFactory.create_batch(3, event=event)
    RegistrationFactory(event=event, status="waitlisted")
    state = service.RegistrationState.for_event(event)
    assert (state.confirmed, state.waitlisted, state.seats_left) == (3, 1, 0)
    assert state.joins_waitlist


def test_event_that_started_refuses(event_factory):
    event = event_factory(start=tokyo(2026, 12, 20, 13, 0))
    with (
        freeze_time("2026-12-20 13:30:00+09:00"),
        pytest.raises(service.RegistrationClosed),
    ):
        service.register(event, {**VALID, "email": "x@example.jp"})


def test_raising_the_capacity_moves_the_waitlist_up(event_factory):
    event = event_factory(capacity=1)
    RegistrationFactory(event=event)
    first, second, third = (
        RegistrationFactory(event=event, status="waitlisted") for _ in range(3)
    )
    event.capacity = 3
    event.save_revision().publish()
    for registration in (first, second, third):
        registration.refresh_from_db()
    assert first.is_confirmed and second.is_confirmed
    assert third.is_waitlisted
    assert sorted(m.to[0] for m in mail.outbox) == sorted([first.email, second.email])


def test_taking_a_seat_refreshes_only_pages_showing_seats(
    client, event_factory, settings
):
    from django.test import Client

    from cms.page_cache import HIT_HEADER

    settings.PAGE_CACHE_ENABLED = True
    event = event_factory(capacity=5)
    visitor = Client()  # no cookies, so pages are served from the cache
    listing = visitor.get("/ja/events/")
    assert listing[HIT_HEADER] == "miss"
    assert "残り5席" in listing.content.decode()
    assert visitor.get("/ja/")[HIT_HEADER] == "miss"
    assert visitor.get("/ja/events/")[HIT_HEADER] == "hit"

    post(client, event)
    listing = visitor.get("/ja/events/")
    assert listing.get(HIT_HEADER) != "hit"
    assert "残り4席" in listing.content.decode()
    assert visitor.get("/ja/")[HIT_HEADER] == "hit"


def test_a_freed_seat_reopens_a_cached_full_event_page(client, event_factory, settings):
    from django.test import Client

    from cms.page_cache import HIT_HEADER
    from events.registration import cancel

    settings.PAGE_CACHE_ENABLED = True
    event = event_factory(capacity=1, waitlist_enabled=False)
    taken = RegistrationFactory(event=event)
    visitor = Client()
    full = visitor.get(event.url)
    assert full[HIT_HEADER] == "miss"  # no form, so the page may be cached
    assert visitor.get(event.url)[HIT_HEADER] == "hit"

    cancel(taken)
    reopened = visitor.get(event.url)
    assert reopened.get(HIT_HEADER) != "hit"
    assert 'name="email"' in reopened.content.decode()
