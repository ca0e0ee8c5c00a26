"""The "join the platform" application: spam, errors, email, conversion."""

import time

import pytest
from django.core import mail, signing
from django.urls import reverse

from organisations.forms import SIGNING_SALT
from organisations.models import JoinApplicationPage, MembershipApplication

pytestmark = pytest.mark.django_db


@pytest.fixture
def join_page(site_root):
    page = JoinApplicationPage(
        title="参加申込", slug="apply", requirements="<p>要件です</p>"
    )
    site_root.add_child(instance=page)
    page.save_revision().publish()
    return page


def started(seconds_ago=60):
    return signing.dumps(int(time.time()) - seconds_ago, salt=SIGNING_SALT)


def form_data(**overrides):
    data = {
        "organisation_name": "NPO法人ひだまり（架空）",
        "organisation_type": "nonprofit",
        "municipality": "",
        "contact_name": "埼玉 花子",
        "email": "hanako@example.jp",
        "phone": "048-000-0000",
        "website": "",
        "activities": "居場所を運営しています。",
        "agreed_to_requirements": "on",
        "homepage": "",
        "started": started(),
    }
    data.update(overrides)
    return data


def submit_url(page):
    return reverse("organisations:join_submit", args=[page.pk])


def test_form_page_is_cacheable(client, join_page):
    response = client.get(join_page.url)
    assert response.status_code == 200
    assert "csrftoken" not in response.cookies
    assert "csrfmiddlewaretoken" not in response.content.decode()
    assert submit_url(join_page) in response.content.decode()


def test_application_is_stored_emailed_and_redirected(client, join_page, settings):
    settings.STAFF_NOTIFICATION_EMAILS = ["office@example.jp"]
    response = client.post(
        submit_url(join_page), form_data(), HTTP_SEC_FETCH_SITE="same-origin"
    )
    assert response.status_code == 302
    assert response["Location"] == join_page.url + "thanks/"
    application = MembershipApplication.objects.get()
    assert application.email == "hanako@example.jp"
    assert application.agreed_to_requirements
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["office@example.jp"]
    assert "NPO法人ひだまり" in mail.outbox[0].subject
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert (
        "no-cache" in thanks["Cache-Control"] or "max-age=0" in thanks["Cache-Control"]
    )


def test_errors_keep_what_was_typed(client, join_page):
    data = form_data(email="not-an-email", agreed_to_requirements="")
    response = client.post(submit_url(join_page), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="NPO法人ひだまり（架空）"' in html
    assert "居場所を運営しています。" in html
    assert 'value="not-an-email"' in html
    assert "error-summary" in html
    assert not MembershipApplication.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize(
    "overrides",
    [
        lambda: {"homepage": "http://spam.example"},
        lambda: {"started": started(seconds_ago=0)},
        lambda: {"started": "forged"},
    ],
    ids=["honeypot", "too-fast", "forged-time"],
)
def test_spam_is_dropped_quietly(client, join_page, overrides):
    response = client.post(submit_url(join_page), form_data(**overrides()))
    assert response.status_code == 302
    assert not MembershipApplication.objects.exists()
    assert not mail.outbox


def test_cross_site_posts_are_refused(client, join_page):
    response = client.post(
        submit_url(join_page), form_data(), HTTP_SEC_FETCH_SITE="cross-site"
    )
    assert response.status_code == 403
    response = client.post(
        submit_url(join_page), form_data(), HTTP_ORIGIN="https://evil.example"
    )
    assert response.status_code == 403
    assert not MembershipApplication.objects.exists()


def test_get_on_submit_endpoint_is_refused(client, join_page):
    assert client.get(submit_url(join_page)).status_code == 405


def test_rate_limit(client, join_page):
    from django.core.cache import cache

    cache.clear()
    for _ in range(5):
        client.post(submit_url(join_page), form_data())
    response = client.post(submit_url(join_page), form_data())
    assert response.status_code == 429
    assert MembershipApplication.objects.count() == 5
    cache.clear()


def test_staff_turn_an_application_into_a_draft_organisation(
    client, join_page, admin_user
):
    client.post(submit_url(join_page), form_data())
    application = MembershipApplication.objects.get()
    client.force_login(admin_user)
    listing = client.get(
        reverse("wagtailsnippets_organisations_membershipapplication:list")
    )
    convert_url = reverse(
        "wagtailsnippets_organisations_membershipapplication:convert",
        args=[application.pk],
    )
    assert convert_url in listing.content.decode()
    assert client.get(convert_url).status_code == 200
    response = client.post(convert_url)
    application.refresh_from_db()
    organisation = application.organisation
    assert response.status_code == 302
    assert organisation.name == "NPO法人ひだまり（架空）"
    assert not organisation.live
    assert organisation.is_member
    assert organisation.revisions.count() == 1
    assert application.status == MembershipApplication.Status.CONVERTED
    # A second click does not make a second draft.
    client.post(convert_url)
    from organisations.models import Organisation

    assert Organisation.objects.count() == 1
