"""The capacity is never exceeded, even when many people submit at once."""

import threading

import pytest
from django.db import close_old_connections, connection

from events import registration as service
from events.models import Registration

VALID = {"name": "埼玉 花子", "name_kana": "さいたま はなこ"}


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_thirty_people_at_once_fill_ten_seats(event_factory):
    event = event_factory(capacity=10)
    barrier = threading.Barrier(30)
    errors = []

    def submit(n):
        try:
            barrier.wait()
            service.register(event, {**VALID, "email": f"p{n}@example.jp"})
        except Exception as error:  # collected and reported below
            errors.append(error)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=submit, args=(n,)) for n in range(30)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert Registration.objects.filter(status="confirmed").count() == 10
    assert Registration.objects.filter(status="waitlisted").count() == 20


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_same_email_at_once_registers_once(event_factory):
    event = event_factory(capacity=10)
    barrier = threading.Barrier(8)

    def submit():
        try:
            barrier.wait()
            service.register(event, {**VALID, "email": "same@example.jp"})
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Registration.objects.count() == 1
