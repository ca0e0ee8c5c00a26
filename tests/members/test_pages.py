"""Member event pages through the real admin views: who may do what.

Roles: communications staff, member A (whose organisation owns the event; the
draft was written by a colleague), member B (another organisation), anonymous.
"""

import pytest
from django.urls import reverse
from wagtail.models import Revision, WorkflowState

from events.models import EventPage
from tests.events.factories import make_event
from tests.members.forms import form_data

pytestmark = pytest.mark.django_db

ALLOWED = {"staff": True, "member_a": True, "member_b": False, "anon": False}


def login(client, user):
    if user is not None:
        client.force_login(user)
    return client


def edit_data(client, page, **overrides):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return form_data(response.context["form"], **overrides)


def refused(response):
    """Wagtail answers a refused admin request with 403, or a redirect away."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and "/edit/" not in response["Location"]


def revisions(page):
    return Revision.page_revisions.filter(object_id=str(page.pk)).count()


@pytest.mark.parametrize("role", list(ALLOWED))
def test_edit_a_colleagues_event(client, users, event_a, role):
    """Member A edits a colleague's draft; member B and visitors cannot, GET or POST."""
    staff_client = login(client.__class__(), users["staff"])
    data = edit_data(staff_client, event_a, title="あおぞら研修（改）")
    login(client, users[role])
    url = reverse("wagtailadmin_pages:edit", args=[event_a.pk])
    before = revisions(event_a)

    get = client.get(url)
    post = client.post(url, data)

    event_a.refresh_from_db()
    if ALLOWED[role]:
        assert get.status_code == 200
        assert post.status_code == 302
        assert revisions(event_a) == before + 1
        assert event_a.get_latest_revision_as_object().title == "あおぞら研修（改）"
    else:
        assert get.status_code != 200 and post.status_code != 200
        assert revisions(event_a) == before
    assert not event_a.live


@pytest.mark.parametrize("role", list(ALLOWED))
def test_create_an_event_in_a_folder(client, users, folder_a, org_a, role):
    """New events in A's folder name A as organiser and are never live at once."""
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", folder_a.pk])
    staff_client = login(client.__class__(), users["staff"])
    form = staff_client.get(url).context["form"]
    data = form_data(
        form,
        title="こども食堂ボランティア説明会",
        slug="kodomo-setsumeikai",
        start="2026-12-20 13:30",
        end="2026-12-20 15:00",
        event_format="venue",
        venue="川越市民会館",
        address="川越市元町1-1-1",
        organisers=[],
    )
    login(client, users[role])

    get = client.get(url)
    post = client.post(url, data)

    created = EventPage.objects.filter(slug="kodomo-setsumeikai").first()
    if ALLOWED[role]:
        assert get.status_code == 200
        assert post.status_code == 302, post.context and post.context["form"].errors
        assert created.get_parent().pk == folder_a.pk
        assert list(created.organisers.all()) == [org_a]
        assert org_a in created.get_latest_revision_as_object().organisers.all()
        assert not created.live
    else:
        assert get.status_code != 200 and post.status_code != 200
        assert created is None


@pytest.mark.parametrize("role", list(ALLOWED))
def test_preview(client, users, event_a, role):
    staff_client = login(client.__class__(), users["staff"])
    data = edit_data(staff_client, event_a)
    login(client, users[role])
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[event_a.pk])

    post = client.post(url, data)
    get = client.get(url)

    if ALLOWED[role]:
        assert post.json()["is_valid"] is True
        assert get.status_code == 200
        assert "あおぞら研修".encode() in get.content
    else:
        assert post.status_code != 200 and get.status_code != 200


@pytest.mark.parametrize("role", list(ALLOWED))
def test_submit_for_review(client, users, event_a, role):
    staff_client = login(client.__class__(), users["staff"])
    data = edit_data(staff_client, event_a, **{"action-submit": "1"})
    login(client, users[role])

    client.post(reverse("wagtailadmin_pages:edit", args=[event_a.pk]), data)

    state = WorkflowState.objects.filter(object_id=str(event_a.pk)).first()
    if ALLOWED[role]:
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        assert state.workflow.name == "イベント審査"
    else:
        assert state is None


PUBLISHERS = {"staff": True, "member_a": False, "member_b": False, "anon": False}


@pytest.mark.parametrize("role", list(PUBLISHERS))
def test_publish(client, users, event_a, role):
    """Only staff publish: member A's "publish" only saves a draft."""
    staff_client = login(client.__class__(), users["staff"])
    data = edit_data(staff_client, event_a, **{"action-publish": "1"})
    login(client, users[role])

    client.post(reverse("wagtailadmin_pages:edit", args=[event_a.pk]), data)

    event_a.refresh_from_db()
    assert event_a.live is PUBLISHERS[role]


@pytest.mark.parametrize("role", list(ALLOWED))
def test_delete_a_draft(client, users, event_a, role):
    """A member may delete their organisation's unpublished draft, not others'."""
    login(client, users[role])
    url = reverse("wagtailadmin_pages:delete", args=[event_a.pk])

    get = client.get(url)
    client.post(url)

    exists = EventPage.objects.filter(pk=event_a.pk).exists()
    if ALLOWED[role]:
        assert get.status_code == 200
        assert not exists
    else:
        assert refused(get)
        assert exists


@pytest.mark.parametrize("role", list(PUBLISHERS))
def test_delete_a_live_event(client, users, event_a, role):
    """Once live, only staff may delete an event."""
    event_a.save_revision().publish()
    login(client, users[role])
    url = reverse("wagtailadmin_pages:delete", args=[event_a.pk])

    get = client.get(url)
    client.post(url)

    exists = EventPage.objects.filter(pk=event_a.pk).exists()
    if PUBLISHERS[role]:
        assert get.status_code == 200
        assert not exists
    else:
        assert refused(get)
        assert exists


@pytest.mark.parametrize("role", list(ALLOWED))
def test_registrations(client, users, event_a, role):
    """Each member sees the registrations of their own organisation's events only."""
    login(client, users[role])

    response = client.get(reverse("events_admin:registrations", args=[event_a.pk]))
    csv = client.get(reverse("events_admin:csv", args=[event_a.pk]))

    if ALLOWED[role]:
        assert response.status_code == 200 and csv.status_code == 200
    else:
        assert response.status_code != 200 and csv.status_code != 200


def test_other_organisations_events_do_not_show_in_search(client, member_a, event_b):
    login(client, member_a)
    response = client.get(reverse("wagtailadmin_pages:search"), {"q": "みどり"})
    assert response.status_code == 200
    assert "みどり研修" not in response.content.decode()


def test_rules_hold_in_a_translated_tree(
    client, locales, member_a, member_b, event_a, event_b
):
    """Folders translated into English keep their organisation's permissions."""
    event_a.save_revision().publish()
    translated = event_a.copy_for_translation(locales["en"], copy_parents=True)
    url = reverse("wagtailadmin_pages:edit", args=[translated.pk])

    assert login(client, member_a).get(url).status_code == 200
    assert login(client.__class__(), member_b).get(url).status_code != 200
    assert translated.get_workflow().name == "イベント審査"


def test_translations_are_never_published_automatically(locales, event_a):
    from wagtail_localize.models import TranslationSource

    event_a.save_revision().publish()
    event_a.get_parent().copy_for_translation(locales["en"], copy_parents=True)
    source, _created = TranslationSource.get_or_create_from_instance(event_a)
    translated, _created = source.create_or_update_translation(
        locales["en"], fallback=True
    )
    assert translated.live is False


def test_folder_address_leads_to_the_events_list(client, index, folder_a):
    response = client.get(folder_a.url)
    assert response.status_code == 302
    assert response["Location"] == index.url
    assert folder_a.get_sitemap_urls() == []


def test_page_chooser_hides_other_organisations_drafts(
    client, member_a, event_a, event_b, folder_b
):
    """Linking to a page, a member sees every published page and their own
    drafts, never another organisation's unpublished events."""
    published = make_event(folder_b, title="みどり公開講座")
    login(client, member_a)
    browse = client.get(reverse("wagtailadmin_choose_page_child", args=[folder_b.pk]))
    search = client.get(reverse("wagtailadmin_choose_page_search"), {"q": "研修"})
    own = client.get(reverse("wagtailadmin_choose_page_search"), {"q": "あおぞら"})

    def shown(response):
        assert response.status_code == 200
        if response["Content-Type"].startswith("application/json"):
            return response.json()["html"]
        return response.content.decode()

    for response in (browse, search, own):
        assert "みどり研修" not in shown(response)
    assert published.title in shown(browse)
    assert "あおぞら研修" in shown(own)
