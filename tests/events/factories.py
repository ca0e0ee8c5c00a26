"""Events, indexes and registrations for the events tests."""

import datetime

import factory
from django.utils import timezone

from events.models import EventFormat, EventIndexPage, EventPage, Registration
from events.models.pages import TOKYO


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def tokyo(*args):
    return datetime.datetime(*args, tzinfo=TOKYO)


def make_index(parent, slug="events", title="イベント・研修"):
    index = parent.add_child(instance=EventIndexPage(title=title, slug=slug))
    return publish(index)


_counter = {"n": 0}


def make_event(index, publish_it=True, **fields):
    _counter["n"] += 1
    start = fields.pop("start", None)
    if start is None and not fields.get("all_day"):
        start = timezone.now() + datetime.timedelta(days=7)
    defaults = {
        "title": f"研修会 {_counter['n']}",
        "slug": f"event-{_counter['n']}",
        "start": start,
        "end": fields.pop("end", None)
        or (start + datetime.timedelta(hours=2) if start else None),
        "event_format": EventFormat.VENUE,
        "venue": "埼玉会館",
        "address": "さいたま市浦和区高砂3-1-4",
    }
    defaults.update(fields)
    event = index.add_child(instance=EventPage(**defaults))
    return publish(event) if publish_it else event


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    name = factory.Sequence(lambda n: f"埼玉 花子{n}")
    name_kana = "さいたま はなこ"
    email = factory.Sequence(lambda n: f"hanako{n}@example.jp")
