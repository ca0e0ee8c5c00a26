from .choices import (
    Accommodation,
    Audience,
    EventFormat,
    EventStatus,
    EventType,
    RegistrationStatus,
)
from .index import EventIndexPage
from .pages import EventPage
from .registration import EventSeats, Registration

__all__ = [
    "Accommodation",
    "Audience",
    "EventFormat",
    "EventIndexPage",
    "EventPage",
    "EventSeats",
    "EventStatus",
    "EventType",
    "Registration",
    "RegistrationStatus",
]
