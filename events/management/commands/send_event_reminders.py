"""Email the online link again to confirmed participants the day before.

Safe to run from cron every hour: a registration is claimed (its
``reminder_sent_at`` set) before its email is sent, so two runs never send twice.
"""

import logging

from django.core.management.base import BaseCommand
from django.utils import timezone

from events import emails
from events.formatting import tomorrow_window
from events.models import EventFormat, EventStatus, Registration, RegistrationStatus

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Send reminders for online and hybrid events starting within a day."

    def handle(self, *args, **options):
        now = timezone.now()
        start, end = tomorrow_window(now)
        due = Registration.objects.filter(
            status=RegistrationStatus.CONFIRMED,
            reminder_sent_at__isnull=True,
            event__live=True,
            event__status=EventStatus.SCHEDULED,
            event__event_format__in=[EventFormat.ONLINE, EventFormat.HYBRID],
            event__starts_at__gt=start,
            event__starts_at__lte=end,
        ).select_related("event")
        sent = 0
        for registration in due:
            claimed = Registration.objects.filter(
                pk=registration.pk, reminder_sent_at__isnull=True
            ).update(reminder_sent_at=now)
            if not claimed:
                continue
            if emails.send_reminder(registration):
                sent += 1
            else:
                # Let the next hourly run try again.
                Registration.objects.filter(pk=registration.pk).update(
                    reminder_sent_at=None
                )
        logger.info("Sent %s event reminders", sent)
        self.stdout.write(f"Sent {sent} reminder(s).")
