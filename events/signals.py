"""When an event is published with more seats, the waitlist moves up at once."""

from wagtail.signals import page_published

from events.models import EventPage


def promote_after_publish(sender, instance, **kwargs):
    from events.registration import fill_free_seats

    if instance.registrations.filter(status="waitlisted").exists():
        fill_free_seats(instance)


def connect():
    page_published.connect(promote_after_publish, sender=EventPage)
