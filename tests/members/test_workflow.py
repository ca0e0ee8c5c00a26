"""The whole moderation round, as a member and staff would go through it."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import PageLogEntry, WorkflowState

from tests.members.forms import form_data

pytestmark = pytest.mark.django_db


def login(client, user):
    client.force_login(user)
    return client


def submit(client, page, **fields):
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = form_data(client.get(edit).context["form"], **fields)
    data["action-submit"] = "1"
    assert client.post(edit, data).status_code == 302


def act(client, page, action, comment):
    state = WorkflowState.objects.filter(object_id=str(page.pk)).latest("created_at")
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, action, state.current_task_state.pk],
        ),
        {"comment": comment},
    )
    assert response.status_code in (200, 302)
    return state


def test_reject_fix_resubmit_approve(client, member_a, staff, event_a, colleague_a):
    member = login(client, member_a)
    moderator = login(client.__class__(), staff)

    submit(member, event_a, title="冬の居場所づくり研修")
    assert [m.to for m in mail.outbox] == [["koho@example.jp"]]
    assert "冬の居場所づくり研修" in mail.outbox[0].subject
    assert f"http://testserver/admin/pages/{event_a.pk}/edit/" in mail.outbox[0].body
    assert (
        "冬の居場所づくり研修"
        in moderator.get(reverse("wagtailadmin_home")).content.decode()
    )

    mail.outbox.clear()
    act(moderator, event_a, "reject", "開始時刻を確認してください。")
    assert [m.to for m in mail.outbox] == [["a1@example.jp"]]
    assert "開始時刻を確認してください。" in mail.outbox[0].body
    assert "修正のお願いがあります" in mail.outbox[0].body
    assert "修正" in mail.outbox[0].subject or "差し戻" in mail.outbox[0].subject
    dashboard = member.get(reverse("wagtailadmin_home")).content.decode()
    assert "開始時刻を確認してください。" in dashboard

    mail.outbox.clear()
    submit(member, event_a, title="冬の居場所づくり研修（時刻修正）")
    assert [m.to for m in mail.outbox] == [["koho@example.jp"]]

    mail.outbox.clear()
    act(moderator, event_a, "approve", "公開しました。")
    assert [m.to for m in mail.outbox] == [["a1@example.jp"]]
    assert "公開しました。" in mail.outbox[0].body
    assert "承認され、公開されました" in mail.outbox[0].body

    event_a.refresh_from_db()
    assert event_a.live
    assert event_a.title == "冬の居場所づくり研修（時刻修正）"
    log = {
        (entry.action, entry.user_id)
        for entry in PageLogEntry.objects.filter(page=event_a)
    }
    assert ("wagtail.workflow.start", member_a.pk) in log
    assert ("wagtail.workflow.reject", staff.pk) in log
    assert ("wagtail.workflow.resume", member_a.pk) in log
    assert ("wagtail.workflow.approve", staff.pk) in log
    assert ("wagtail.publish", staff.pk) in log
    assert all(e.timestamp for e in PageLogEntry.objects.filter(page=event_a))
    history = moderator.get(reverse("wagtailadmin_pages:history", args=[event_a.pk]))
    assert history.status_code == 200


def test_approval_without_comment_still_emails(client, member_a, staff, event_a):
    submit(login(client, member_a), event_a)
    mail.outbox.clear()
    act(login(client.__class__(), staff), event_a, "approve", "")
    assert [m.to for m in mail.outbox] == [["a1@example.jp"]]
    assert "承認" in mail.outbox[0].subject


def test_no_email_without_the_notification_preference(client, member_a, staff, event_a):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(staff)
    profile.submitted_notifications = False
    profile.save()
    submit(login(client, member_a), event_a)
    assert mail.outbox == []
