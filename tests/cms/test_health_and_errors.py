"""/healthz for monitoring, and the friendly 404 and 500 pages."""

from unittest import mock

import pytest
from django.test import RequestFactory

from cms.views import errors, health

pytestmark = pytest.mark.django_db


def test_healthz_reports_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_healthz_answers_503_naming_the_database(client):
    failing = mock.Mock(side_effect=Exception("connection refused"))
    with mock.patch.dict(health.CHECKS, {"database": failing}):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "error", "cache": "ok"}


def test_healthz_answers_503_naming_the_cache(client):
    with mock.patch.object(health.cache, "get", return_value=None):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["cache"] == "error"
    assert response.json()["database"] == "ok"


def test_404_is_friendly_and_in_japanese(client, site_tree):
    response = client.get("/ja/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "お探しのページが見つかりませんでした" in html
    assert 'class="help-banner__link" href="/ja/help/"' in html
    assert '<meta name="robots" content="noindex">' in html


def test_500_renders_without_database_or_context_processors():
    request = RequestFactory().get("/ja/")
    with mock.patch(
        "django.db.backends.base.base.BaseDatabaseWrapper.cursor",
        side_effect=AssertionError("the 500 page must not touch the database"),
    ):
        response = errors.server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert "申し訳ありません" in html
    assert 'href="/ja/help/"' in html
    assert 'href="tel:0120279338"' in html


def test_500_handler_is_wired():
    from cms import urls

    assert urls.handler500 == "cms.views.errors.server_error"
