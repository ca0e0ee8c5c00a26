"""Two member organisations, their accounts, staff, and one event each."""

import pytest
from django.contrib.auth import get_user_model

from organisations.members.accounts import create_member_account
from organisations.members.models import MemberEventIndexPage
from organisations.members.roles import setup_roles, staff_group
from tests.events.factories import make_event, make_index
from tests.organisations.factories import OrganisationFactory


@pytest.fixture
def index(home):
    index = make_index(home)
    setup_roles()
    return index


@pytest.fixture
def org_a(index):
    return OrganisationFactory(
        name="あおぞらNPO", slug="aozora", external_id="npo-a", is_member=True
    )


@pytest.fixture
def org_b(index):
    return OrganisationFactory(
        name="みどりの会", slug="midori", external_id="npo-b", is_member=True
    )


@pytest.fixture
def member_a(org_a):
    return create_member_account("npo-a", "a1@example.jp", send_email=False)[0]


@pytest.fixture
def colleague_a(member_a):
    return create_member_account("npo-a", "a2@example.jp", send_email=False)[0]


@pytest.fixture
def member_b(org_b):
    return create_member_account("npo-b", "b1@example.jp", send_email=False)[0]


@pytest.fixture
def staff(index):
    user = get_user_model().objects.create_user(
        "koho", "koho@example.jp", "pw-koho-123"
    )
    user.groups.add(staff_group())
    return user


@pytest.fixture
def folder_a(member_a, org_a):
    return MemberEventIndexPage.objects.get(organisation=org_a)


@pytest.fixture
def folder_b(member_b, org_b):
    return MemberEventIndexPage.objects.get(organisation=org_b)


@pytest.fixture
def event_a(folder_a, colleague_a):
    """A draft by member A's colleague: member A may still edit it."""
    event = make_event(folder_a, publish_it=False, title="あおぞら研修", live=False)
    event.owner = colleague_a
    event.save_revision(user=colleague_a)
    return event


@pytest.fixture
def event_b(folder_b):
    return make_event(folder_b, publish_it=False, title="みどり研修", live=False)


@pytest.fixture
def users(staff, member_a, member_b):
    return {"staff": staff, "member_a": member_a, "member_b": member_b, "anon": None}
