"""Production settings refuse to start without their secrets."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "test-secret-key-0123456789abcdefghijklmnopqrstuvwxyz-0123456789",
    "ALLOWED_HOSTS": "kodoku.example.jp",
    "DATABASE_URL": "postgres://kodoku@db:5432/kodoku",
    "WAGTAILADMIN_BASE_URL": "https://kodoku.example.jp/",
}


def load_settings(env, code="import cms.settings.production as s; print('ok')"):
    clean = {k: v for k, v in os.environ.items() if k not in COMPLETE}
    return subprocess.run(  # noqa: S603 (our own interpreter and code)
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "WAGTAILADMIN_BASE_URL"]
)
def test_refuses_to_start_without(missing):
    env = {k: v for k, v in COMPLETE.items() if k != missing}
    result = load_settings(env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"The environment variable {missing} is required" in result.stderr


def test_refuses_a_database_other_than_postgresql_or_sqlite():
    result = load_settings({**COMPLETE, "DATABASE_URL": "mysql://db/kodoku"})
    assert "DATABASE_URL must point at PostgreSQL" in result.stderr


def test_secure_defaults():
    code = (
        "import cms.settings.production as s; "
        "print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
        "s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.WAGTAILADMIN_BASE_URL, "
        "s.STORAGES['staticfiles']['BACKEND'].rsplit('.', 1)[1]); "
        "print(s.CONTENT_SECURITY_POLICY)"
    )
    result = load_settings(COMPLETE, code)
    assert result.returncode == 0, result.stderr
    flags, policy = result.stdout.splitlines()
    assert flags == (
        "False True True True 31536000 https://kodoku.example.jp "
        "ManifestStaticFilesStorage"
    )
    assert "script-src 'self';" in policy
    assert "unsafe-inline" not in policy
    assert "img-src 'self' data: https://cyberjapandata.gsi.go.jp" in policy
