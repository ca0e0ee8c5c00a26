"""Directory entries: members propose changes to their own entry only."""

import pytest
from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Revision, WorkflowState

from organisations.models import Organisation
from tests.members.forms import form_data

pytestmark = pytest.mark.django_db

ALLOWED = {"staff": True, "member_a": True, "member_b": False, "anon": False}
URL_PREFIX = "wagtailsnippets_organisations_organisation"


def url(name, *args):
    return reverse(f"{URL_PREFIX}:{name}", args=args)


def login(client, user):
    if user is not None:
        client.force_login(user)
    return client


def edit_form_data(client_class, staff, org, **overrides):
    staff_client = login(client_class(), staff)
    response = staff_client.get(url("edit", org.pk))
    assert response.status_code == 200
    return form_data(response.context["form"], **overrides)


def refused(response):
    """Wagtail turns a refusal into a redirect to the dashboard (or a 403)."""
    return response.status_code == 403 or (
        response.status_code == 302
        and response["Location"] == reverse("wagtailadmin_home")
    )


def revision_count(org):
    return Revision.objects.for_instance(org).count()


@pytest.mark.parametrize("role", list(ALLOWED))
def test_edit_directory_entry(client, users, org_a, role):
    """A member's change to their entry is a draft; others cannot open or POST it."""
    data = edit_form_data(client.__class__, users["staff"], org_a, phone="049-111-2222")
    login(client, users[role])
    before = revision_count(org_a)

    get = client.get(url("edit", org_a.pk))
    post = client.post(url("edit", org_a.pk), data)

    org_a.refresh_from_db()
    assert org_a.phone == "049-000-0000"  # the live entry is untouched
    if ALLOWED[role]:
        assert get.status_code == 200
        assert post.status_code == 302
        assert revision_count(org_a) == before + 1
        assert org_a.latest_revision.as_object().phone == "049-111-2222"
    else:
        assert get.status_code != 200 and post.status_code != 200
        assert revision_count(org_a) == before


@pytest.mark.parametrize(
    "name", ["delete", "usage", "history", "workflow_history", "lock", "unpublish"]
)
def test_member_b_is_refused_every_url_of_a_s_entry(client, member_b, org_a, name):
    login(client, member_b)
    assert refused(client.get(url(name, org_a.pk)))
    assert refused(client.post(url(name, org_a.pk)))
    assert Organisation.objects.filter(pk=org_a.pk, live=True).exists()


def test_member_b_cannot_preview_a_s_entry(client, users, member_b, org_a):
    data = edit_form_data(client.__class__, users["staff"], org_a)
    login(client, member_b)
    assert refused(client.post(url("preview_on_edit", org_a.pk), data))
    assert refused(client.get(url("preview_on_edit", org_a.pk)))


def test_listing_and_chooser_show_only_the_members_entry(
    client, member_a, org_a, org_b
):
    login(client, member_a)

    listing = client.get(url("list")).content.decode()
    chooser_viewset = Organisation.snippet_viewset.chooser_viewset
    chooser = client.get(reverse(chooser_viewset.get_url_name("choose")))
    chosen_other = client.get(
        reverse(chooser_viewset.get_url_name("chosen"), args=[org_b.pk])
    )
    chooser = chooser.json()["html"]

    assert "あおぞらNPO" in listing and "みどりの会" not in listing
    assert "あおぞらNPO" in chooser and "みどりの会" not in chooser
    assert refused(chosen_other)


def test_staff_see_every_entry(client, staff, org_a, org_b):
    listing = login(client, staff).get(url("list")).content.decode()
    assert "あおぞらNPO" in listing and "みどりの会" in listing


def test_members_cannot_publish_or_translate(client, users, member_a, org_a):
    data = edit_form_data(
        client.__class__,
        users["staff"],
        org_a,
        phone="049-999-9999",
        **{"action-publish": "1"},
    )
    login(client, member_a).post(url("edit", org_a.pk), data)

    org_a.refresh_from_db()
    assert org_a.phone == "049-000-0000"
    assert not member_a.has_perm("wagtail_localize.submit_translation")
    assert AdminURLFinder(member_a).get_edit_url(org_a)


def test_submitted_change_goes_live_only_on_approval(client, users, member_a, org_a):
    data = edit_form_data(
        client.__class__,
        users["staff"],
        org_a,
        phone="049-333-4444",
        **{"action-submit": "1"},
    )
    login(client, member_a).post(url("edit", org_a.pk), data)
    state = WorkflowState.objects.for_instance(org_a).get()
    assert state.workflow.name == "団体情報審査"
    org_a.refresh_from_db()
    assert org_a.phone == "049-000-0000"

    staff_client = login(client.__class__(), users["staff"])
    task_state = state.current_task_state
    response = staff_client.post(
        url("workflow_action", org_a.pk, "approve", task_state.pk),
        {"comment": "ありがとうございます。"},
    )

    assert response.status_code in (200, 302)
    org_a.refresh_from_db()
    assert org_a.phone == "049-333-4444"
