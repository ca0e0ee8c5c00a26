"""What members and staff see in the admin."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from organisations.members.panels import ModerationPanel
from tests.events.factories import make_event

pytestmark = pytest.mark.django_db


def test_member_sees_own_work_and_a_simple_menu(client, member_a, event_a, event_b):
    client.force_login(member_a)
    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "あおぞら研修" in html and "みどり研修" not in html
    assert "あおぞらNPO" in html
    for hidden in ('"name": "reports"', '"name": "settings"', '"name": "help"'):
        assert hidden not in html
    assert '"name": "explorer"' in html


def submit(obj, user):
    obj.save_revision(user=user)
    obj.get_workflow().start(obj, user)


def test_staff_dashboard_lists_waiting_work_in_constant_queries(
    client, staff, folder_a, folder_b, org_a, org_b
):
    """Wagtail's own dashboard panels are left out of the count: only ours."""
    request = RequestFactory().get("/admin/")
    request.user = staff

    def render():
        with CaptureQueriesContext(connection) as queries:
            html = ModerationPanel().render_html({"request": request})
        return html, len(queries)

    make_event(folder_a, title="公開中の研修1")
    submit(make_event(folder_a, title="審査中1", live=False, publish_it=False), staff)
    submit(org_a, staff)  # one query per snippet model, so one of each up front
    _html, first = render()

    for n, folder in enumerate((folder_a, folder_b, folder_b), start=2):
        make_event(folder, title=f"公開中の研修{n}")
        submit(
            make_event(folder, title=f"審査中{n}", live=False, publish_it=False), staff
        )
    submit(org_b, staff)
    html, second = render()

    assert second == first
    assert "審査中3" in html and "みどりの会" in html and "公開中の研修4" in html
    client.force_login(staff)
    assert "審査中3" in client.get(reverse("wagtailadmin_home")).content.decode()
