"""Public holidays and the New Year break close many organisations."""

import datetime

import pytest
from django.utils import translation
from freezegun import freeze_time

from organisations.holidays import closure_name
from tests.organisations.factories import OrganisationFactory

TOKYO = datetime.timezone(datetime.timedelta(hours=9))
# Monday 11 January 2027 is Coming of Age Day (成人の日); the 18th is not a holiday.
HOLIDAY_MONDAY = datetime.datetime(2027, 1, 11, 10, 0, tzinfo=TOKYO)
ORDINARY_MONDAY = datetime.datetime(2027, 1, 18, 10, 0, tzinfo=TOKYO)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (datetime.date(2026, 11, 23), "勤労感謝の日"),
        (datetime.date(2026, 5, 6), "憲法記念日 振替休日"),  # Sunday 3 May moved
        (datetime.date(2026, 12, 29), "年末年始"),
        (datetime.date(2027, 1, 3), "年末年始"),
        (datetime.date(2026, 12, 3), ""),
        (datetime.date(2027, 1, 4), ""),
    ],
)
def test_closure_name(day, expected):
    with translation.override("ja"):
        assert closure_name(day) == expected


@pytest.mark.django_db
def test_an_organisation_closed_on_holidays_is_not_open_on_one():
    closes = OrganisationFactory(hours=[(0, "09:00", "17:00")], closed_on_holidays=True)
    stays_open = OrganisationFactory(hours=[(0, "09:00", "17:00")])
    assert not closes.is_open_at(HOLIDAY_MONDAY)
    assert stays_open.is_open_at(HOLIDAY_MONDAY)
    assert closes.is_open_at(ORDINARY_MONDAY)


@pytest.mark.django_db
@freeze_time(HOLIDAY_MONDAY)
def test_map_says_closed_for_the_holiday(client, directory_page):
    OrganisationFactory(
        name="市役所の窓口", hours=[(0, "09:00", "17:00")], closed_on_holidays=True
    )
    OrganisationFactory(name="年中無休の電話", hours=[(0, "09:00", "17:00")])
    response = client.get(directory_page.url, {"open_now": "1"})
    assert [item.name for item in response.context["items"]] == ["年中無休の電話"]
    html = client.get(directory_page.url).content.decode()
    assert "本日は休み（成人の日）" in html
    assert html.count("tag tag--success") == 1


def test_other_languages_get_a_translated_word_not_the_japanese_name():
    with translation.override("en"):
        assert closure_name(HOLIDAY_MONDAY) == "Public holiday"
        assert closure_name(datetime.date(2026, 12, 31)) == "New Year holidays"
