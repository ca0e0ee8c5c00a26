"""The fixed vocabularies an event is described with."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class EventType(models.TextChoices):
    WORKSHOP = "workshop", _("Workshop")
    TRAINING = "training", _("Training")
    SEMINAR = "seminar", _("Seminar")
    SYMPOSIUM = "symposium", _("Symposium")
    TOP_SEMINAR = "top_seminar", _("Top seminar")
    KICKOFF = "kickoff", _("Kick-off")
    OTHER = "other", _("Other")


class EventFormat(models.TextChoices):
    VENUE = "venue", _("At a venue")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid (venue and online)")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    POSTPONED = "postponed", _("Postponed")
    CANCELLED = "cancelled", _("Cancelled")


class Audience(models.TextChoices):
    RESIDENTS = "residents", _("Residents")
    MEMBERS = "members", _("Member organisations")
    MUNICIPAL_STAFF = "municipal_staff", _("Municipal staff")
    MAYORS = "mayors", _("Mayors")
    PROFESSIONALS = "professionals", _("Support workers")
    STUDENTS = "students", _("Students and young people")


class Accommodation(models.TextChoices):
    SIGN_LANGUAGE = "sign_language", _("Sign-language interpretation")
    CAPTIONS = "captions", _("Captioning (summary writing)")
    WHEELCHAIR = "wheelchair", _("Wheelchair access")
    CHILDCARE = "childcare", _("Childcare")
    HEARING_LOOP = "hearing_loop", _("Hearing loop")
    EASY_JAPANESE = "easy_japanese", _("Easy Japanese")
    OTHER = "other", _("Other support (please tell us)")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waitlist")
    CANCELLED = "cancelled", _("Cancelled")
