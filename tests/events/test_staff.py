"""What staff see and do in the admin: registrations, CSV, notices."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse
from wagtail.models import GroupPagePermission

from tests.events.factories import RegistrationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(event_factory):
    event = event_factory(capacity=1, title="研修会A")
    RegistrationFactory(
        event=event,
        name="埼玉 花子",
        accommodations=["sign_language"],
        question='=HYPERLINK("http://x")',
    )
    RegistrationFactory(event=event, status="waitlisted", name="川越 太郎")
    return event


@pytest.fixture
def editor(django_user_model, index):
    """An admin user allowed to edit pages under the events index only."""
    user = django_user_model.objects.create_user("editor", password="pw")
    group = Group.objects.create(name="Event editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=index, permission_type="change"
    )
    user.groups.add(group)
    return user


@pytest.fixture
def outsider(django_user_model):
    user = django_user_model.objects.create_user("outsider", password="pw")
    group = Group.objects.create(name="Other editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user


def urls(event):
    return [
        reverse("events_admin:registrations", args=[event.pk]),
        reverse("events_admin:csv", args=[event.pk]),
        reverse("events_admin:notify", args=[event.pk]),
    ]


def test_editor_sees_registrations_waitlist_and_requests(client, event, editor):
    client.force_login(editor)
    response = client.get(urls(event)[0])
    html = response.content.decode()
    assert response.status_code == 200
    assert "埼玉 花子" in html and "川越 太郎" in html
    assert "手話通訳" in html
    assert "キャンセル待ち（申込順）" in html


def test_users_who_cannot_edit_the_event_are_refused(client, event, outsider):
    client.force_login(outsider)
    # Wagtail's admin turns PermissionDenied into a redirect to the dashboard.
    for url in urls(event):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == "/admin/"
    response = client.post(urls(event)[2], {"subject": "x", "message": "y"})
    assert response["Location"] == "/admin/"
    assert mail.outbox == []


def test_anonymous_visitors_are_sent_to_log_in(client, event):
    for url in urls(event):
        response = client.get(url)
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]


def test_csv_opens_in_excel_and_neutralises_formulas(client, event, editor):
    client.force_login(editor)
    response = client.get(urls(event)[1])
    body = response.content
    assert response["Content-Type"].startswith("text/csv")
    assert body.startswith(b"\xef\xbb\xbf")
    text = body.decode("utf-8-sig")
    header, first, second = text.splitlines()[:3]
    assert header.startswith("状態,番号,氏名")
    assert "埼玉 花子" in first and "手話通訳" in first
    assert "'=HYPERLINK" in first
    assert "キャンセル待ち" in second


def test_notice_goes_to_confirmed_and_waitlisted(client, event, editor):
    RegistrationFactory(event=event, status="cancelled", email="gone@example.jp")
    client.force_login(editor)
    response = client.post(
        urls(event)[2],
        {"subject": "会場が変わりました", "message": "3階の会議室に変更します。"},
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 2
    assert all("3階の会議室" in m.body for m in mail.outbox)
    assert "gone@example.jp" not in [m.to[0] for m in mail.outbox]


def test_page_header_offers_the_registrations_button(client, event, editor):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content
    assert reverse("events_admin:registrations", args=[event.pk]).encode() in html
