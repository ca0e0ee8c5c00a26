"""Delete registrants' personal data a set number of days after each event.

Run daily from cron. The number of days is ``EVENT_REGISTRATION_RETENTION_DAYS``
(30 by default); only the count of confirmed participants is kept.
"""

import datetime
import logging

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from events.models import EventPage, EventSeats, Registration, RegistrationStatus

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Delete registrations of events that ended more than N days ago."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Override EVENT_REGISTRATION_RETENTION_DAYS for this run.",
        )

    def handle(self, *args, **options):
        days = options["days"]
        if days is None:
            days = getattr(settings, "EVENT_REGISTRATION_RETENTION_DAYS", 30)
        cutoff = timezone.now() - datetime.timedelta(days=days)
        events = EventPage.objects.filter(
            ends_at__lt=cutoff, registrations__isnull=False
        ).distinct()
        purged = 0
        for event in events:
            with transaction.atomic():
                seats, _created = EventSeats.objects.select_for_update().get_or_create(
                    event=event
                )
                rows = Registration.objects.filter(event=event)
                seats.purged_confirmed_count += rows.filter(
                    status=RegistrationStatus.CONFIRMED
                ).count()
                seats.purged_at = timezone.now()
                seats.save()
                count, _detail = rows.delete()
            purged += count
            logger.info("Purged %s registrations of event %s", count, event.pk)
        self.stdout.write(f"Deleted {purged} registration(s).")
