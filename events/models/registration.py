"""Who registered for which event.

Everything here belongs to the source (Japanese) event page, whichever translation
the person registered on, so capacity and lists are shared across languages.
"""

import uuid

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .choices import Accommodation, RegistrationStatus
from .fields import ChoiceSetField


class EventSeats(models.Model):
    """One row per event, locked while a seat is given or released.

    Locking this row (``select_for_update``) rather than counting alone keeps two
    simultaneous registrations from both taking the last seat on PostgreSQL.
    """

    event = models.OneToOneField(
        "events.EventPage",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="seats",
    )
    purged_at = models.DateTimeField(null=True, blank=True)
    purged_confirmed_count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("event seats")
        verbose_name_plural = _("event seats")

    def __str__(self):
        return f"seats for event {self.event_id}"


class Registration(models.Model):
    """One person's registration (申込), confirmed or on the waitlist."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.CONFIRMED,
    )
    name = models.CharField(_("name"), max_length=100)
    name_kana = models.CharField(_("reading (kana)"), max_length=100)
    email = models.EmailField(_("email address"), max_length=254)
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    organisation_name = models.CharField(
        _("organisation or workplace"), max_length=200, blank=True
    )
    accommodations = ChoiceSetField(
        _("support requested"), item_choices=Accommodation.choices
    )
    accommodation_note = models.CharField(
        _("details of the support needed"), max_length=500, blank=True
    )
    question = models.TextField(_("question or message"), blank=True)
    language = models.CharField(_("language"), max_length=10, default="ja")
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    promoted_at = models.DateTimeField(_("moved up from the waitlist"), null=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent at"), null=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~Q(status="cancelled"),
                name="events_registration_one_active_per_email",
            )
        ]
        indexes = [models.Index(fields=["event", "status", "created_at"])]

    def __str__(self):
        # Deliberately no name or email: this may end up in logs.
        return f"registration {self.pk} ({self.status})"

    @property
    def is_confirmed(self):
        return self.status == RegistrationStatus.CONFIRMED

    @property
    def is_waitlisted(self):
        return self.status == RegistrationStatus.WAITLISTED

    @property
    def is_cancelled(self):
        return self.status == RegistrationStatus.CANCELLED
