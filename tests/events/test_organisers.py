"""Organisers: shown on the event in its language, and events on their pages."""

import pytest
from django.template import Context, Template
from freezegun import freeze_time

from tests.events.factories import publish, tokyo
from tests.organisations.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@freeze_time("2026-12-03 10:00:00+09:00")
def test_organisers_in_the_page_language_and_their_upcoming_events(
    client, event_factory, locales, django_assert_num_queries
):
    organisation = OrganisationFactory(name="川越つながりの会")
    english = organisation.copy_for_translation(locales["en"])
    english.name = "Kawagoe Connection Circle"
    english.save()
    event = event_factory(title="一緒に話そう", start=tokyo(2026, 12, 10, 13))
    event.organisers.set([organisation])
    publish(event)
    event_factory(title="過去の会", start=tokyo(2026, 11, 10, 13)).organisers.set(
        [organisation]
    )

    assert "川越つながりの会" in client.get(event.url).content.decode()
    home_en = event.get_parent().get_parent().copy_for_translation(locales["en"])
    publish(home_en)
    publish(event.get_parent().copy_for_translation(locales["en"]))
    event_en = event.copy_for_translation(locales["en"])
    publish(event_en)
    event_en = type(event_en).objects.get(pk=event_en.pk)
    with django_assert_num_queries(1):
        names = [o.name for o in event_en.localized_organisers]
    assert names == ["Kawagoe Connection Circle"]

    html = Template("{% load event_tags %}{% organisation_events org %}").render(
        Context({"org": english})
    )
    assert "一緒に話そう" in html
    assert "過去の会" not in html
