"""Giving seats, keeping the waitlist in order, and releasing seats.

Every change to who holds a seat happens inside a transaction that first locks the
event's ``EventSeats`` row. On PostgreSQL that row lock makes concurrent
registrations queue up, so the capacity check and the insert are never interleaved;
SQLite serialises writing transactions by itself.
"""

import logging
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import EventSeats, EventStatus, Registration, RegistrationStatus

logger = logging.getLogger(__name__)


@dataclass
class RegistrationState:
    """What the event page needs to say about registering, from one query."""

    event: object
    confirmed: int
    waitlisted: int

    @classmethod
    def for_event(cls, event):
        source = event.source_event
        counts = Registration.objects.filter(event=source).aggregate(
            confirmed=Count("pk", filter=Q(status=RegistrationStatus.CONFIRMED)),
            waitlisted=Count("pk", filter=Q(status=RegistrationStatus.WAITLISTED)),
        )
        return cls(event=event, **counts)

    @property
    def capacity(self):
        return self.event.capacity

    @property
    def seats_left(self):
        if self.capacity is None:
            return None
        return max(self.capacity - self.confirmed, 0)

    @property
    def is_full(self):
        return self.capacity is not None and self.confirmed >= self.capacity

    @property
    def closed_reason(self):
        """Why registration is closed (a sentence for residents), or ``None``."""
        return closed_reason(self.event)

    @property
    def is_open(self):
        return self.closed_reason is None and (
            not self.is_full or self.event.waitlist_enabled
        )

    @property
    def joins_waitlist(self):
        return self.is_full and self.event.waitlist_enabled


def closed_reason(event, now=None):
    now = now or timezone.now()
    if not event.registration_enabled:
        return _("This event does not need registration.")
    if event.status == EventStatus.CANCELLED:
        return _("This event has been cancelled, so registration is closed.")
    if event.status == EventStatus.POSTPONED:
        return _(
            "This event has been postponed. Registration will reopen when the new "
            "date is decided."
        )
    if event.starts_at and event.starts_at <= now:
        return _("This event has already started or finished.")
    if event.registration_closed:
        return _("Registration for this event has closed.")
    if event.registration_deadline and event.registration_deadline < now:
        return _("The registration deadline has passed.")
    if event.registration_opens and event.registration_opens > now:
        opens = timezone.localtime(event.registration_opens)
        return _("Registration opens on %(date)s.") % {
            "date": opens.strftime("%Y/%m/%d %H:%M")
        }
    return None


class RegistrationClosed(Exception):
    def __init__(self, reason):
        super().__init__(str(reason))
        self.reason = reason


class EventFull(Exception):
    """Full and no waitlist."""


SEATS = "seats"


def seats_changed(event):
    """Cached pages show seats left: refresh them when a seat is taken or freed."""
    if event.capacity is None:
        return
    from cms.site_cache import bump_scope

    bump_scope(SEATS, f"event {event.pk}")


def _lock_seats(event):
    EventSeats.objects.get_or_create(event=event)
    return EventSeats.objects.select_for_update().get(event=event)


def register(event, data, language="ja"):
    """Register someone for ``event`` (any translation of it).

    Returns ``(registration, created)``. ``created`` is False when this email
    address already holds a place (confirmed or waitlisted) for the event.
    Emails are sent after the transaction has committed.
    """
    from events import emails

    source = event.source_event
    email = data["email"].strip().lower()
    with transaction.atomic():
        _lock_seats(source)
        # Read the page again inside the lock: staff may just have closed it.
        fresh = type(source).objects.get(pk=source.pk)
        reason = closed_reason(fresh)
        if reason:
            raise RegistrationClosed(reason)
        existing = (
            Registration.objects.filter(event=source, email=email)
            .exclude(status=RegistrationStatus.CANCELLED)
            .first()
        )
        if existing:
            return existing, False
        confirmed = Registration.objects.filter(
            event=source, status=RegistrationStatus.CONFIRMED
        ).count()
        if fresh.capacity is None or confirmed < fresh.capacity:
            status = RegistrationStatus.CONFIRMED
        elif fresh.waitlist_enabled:
            status = RegistrationStatus.WAITLISTED
        else:
            raise EventFull
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    event=source,
                    status=status,
                    email=email,
                    language=language,
                    name=data["name"],
                    name_kana=data["name_kana"],
                    phone=data.get("phone", ""),
                    organisation_name=data.get("organisation_name", ""),
                    accommodations=data.get("accommodations", []),
                    accommodation_note=data.get("accommodation_note", ""),
                    question=data.get("question", ""),
                )
        except IntegrityError:
            # Only reachable without the row lock; the unique constraint still holds.
            return Registration.objects.get(
                event=source, email=email, status__in=["confirmed", "waitlisted"]
            ), False
    logger.info("Registration %s for event %s: %s", registration.pk, source.pk, status)
    if status == RegistrationStatus.CONFIRMED:
        seats_changed(source)
    emails.send_registration_received(registration, event)
    return registration, True


def cancel(registration):
    """Cancel a registration; a freed seat goes to the first person waiting.

    Returns the promoted registration, if any. Emails go out after commit.
    """
    from events import emails

    promoted = None
    with transaction.atomic():
        _lock_seats(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.is_cancelled:
            return None
        was_confirmed = registration.is_confirmed
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        if was_confirmed:
            promoted = _promote_next(registration.event)
    logger.info(
        "Registration %s for event %s cancelled; promoted %s",
        registration.pk,
        registration.event_id,
        promoted.pk if promoted else None,
    )
    if was_confirmed:
        seats_changed(registration.event)
    if promoted:
        emails.send_promoted(promoted)
    return promoted


def _promote_next(event):
    """Give a free seat to the first person on the waitlist (lock already held)."""
    event = type(event).objects.get(pk=event.pk)
    confirmed = Registration.objects.filter(
        event=event, status=RegistrationStatus.CONFIRMED
    ).count()
    if event.capacity is not None and confirmed >= event.capacity:
        return None
    if event.starts_at and event.starts_at <= timezone.now():
        return None
    nxt = (
        Registration.objects.filter(event=event, status=RegistrationStatus.WAITLISTED)
        .order_by("created_at", "pk")
        .first()
    )
    if nxt is None:
        return None
    nxt.status = RegistrationStatus.CONFIRMED
    nxt.promoted_at = timezone.now()
    nxt.save(update_fields=["status", "promoted_at"])
    return nxt


def fill_free_seats(event):
    """After staff raise the capacity, move people up from the waitlist in order."""
    from events import emails

    source = event.source_event
    promoted = []
    with transaction.atomic():
        _lock_seats(source)
        while True:
            nxt = _promote_next(source)
            if nxt is None:
                break
            promoted.append(nxt)
    if promoted:
        seats_changed(source)
    for registration in promoted:
        emails.send_promoted(registration)
    if promoted:
        logger.info(
            "Moved %s people up the waitlist of event %s", len(promoted), source.pk
        )
    return promoted
