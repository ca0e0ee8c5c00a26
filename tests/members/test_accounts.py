"""create_member_account and setup_member_roles."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from wagtail.models import GroupPagePermission, WorkflowContentType, WorkflowPage

from organisations.members.models import MemberEventIndexPage, MemberProfile
from organisations.members.roles import MEMBER_GROUP

pytestmark = pytest.mark.django_db


def test_creates_links_and_invites(client, org_a):
    call_command("create_member_account", organisation="npo-a", email="Sato@Example.jp")

    user = get_user_model().objects.get(email="sato@example.jp")
    assert MemberProfile.objects.get(user=user).organisation == org_a
    names = set(user.groups.values_list("name", flat=True))
    assert MEMBER_GROUP in names and f"{MEMBER_GROUP}: あおぞらNPO" in names
    assert not user.has_usable_password()

    (message,) = mail.outbox
    assert message.to == ["sato@example.jp"]
    link = re.search(r"http://testserver/admin/password_reset/\S+", message.body)
    assert "パスワード" in message.body
    response = client.get(link.group(0).replace("http://testserver", ""))
    assert response.status_code == 302  # Django swaps the token for a session
    form = client.get(response["Location"])
    assert form.status_code == 200 and form.context["validlink"]


def test_reuses_the_account_and_folder(org_a):
    call_command("create_member_account", organisation="npo-a", email="a@example.jp")
    call_command("create_member_account", organisation="npo-a", email="a@example.jp")

    assert get_user_model().objects.filter(email="a@example.jp").count() == 1
    assert MemberEventIndexPage.objects.filter(organisation=org_a).count() == 1
    assert len(mail.outbox) == 2


@pytest.mark.parametrize(
    ("key", "email", "message"),
    [
        ("no-such-org", "a@example.jp", "no-such-org"),
        ("npo-a", "not-an-address", "not-an-address"),
    ],
)
def test_friendly_errors(org_a, key, email, message):
    with pytest.raises(CommandError, match=message):
        call_command("create_member_account", organisation=key, email=email)
    assert not get_user_model().objects.filter(email=email).exists()


def test_one_account_one_organisation(member_a, org_b):
    with pytest.raises(CommandError, match="あおぞらNPO"):
        call_command(
            "create_member_account", organisation="npo-b", email="a1@example.jp"
        )


def test_setup_member_roles_is_idempotent(index, member_a, folder_a):
    call_command("setup_member_roles")
    counts = (
        GroupPagePermission.objects.count(),
        WorkflowPage.objects.count(),
        WorkflowContentType.objects.count(),
    )
    call_command("setup_member_roles")
    assert counts == (
        GroupPagePermission.objects.count(),
        WorkflowPage.objects.count(),
        WorkflowContentType.objects.count(),
    )
    assert WorkflowPage.objects.get(page=index).workflow.name == "イベント審査"
    perms = set(
        GroupPagePermission.objects.filter(page=folder_a).values_list(
            "permission__codename", flat=True
        )
    )
    assert perms == {"add_page", "change_page"}
