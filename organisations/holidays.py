"""Days many organisations close: public holidays and the New Year break.

Japanese public offices, social welfare councils and many NPOs close on
national holidays (祝日, including substitute holidays) and from 29 December
to 3 January (年末年始). jpholiday follows the Holidays Act, equinoxes and
substitute days included, so no list needs updating by hand each year.
"""

import datetime

import jpholiday
from django.utils.translation import get_language
from django.utils.translation import gettext as _


def closure_name(day):
    """Why ``day`` is a usual closing day, or "" when it is not one."""
    if isinstance(day, datetime.datetime):
        day = day.date()
    if (day.month, day.day) >= (12, 29) or (day.month, day.day) <= (1, 3):
        return _("New Year holidays")
    name = jpholiday.is_holiday_name(day)
    if not name:
        return ""
    # jpholiday names holidays in Japanese only.
    return name if get_language() == "ja" else _("Public holiday")
