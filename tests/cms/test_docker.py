"""The container files hang together (no Docker engine is needed to check this)."""

import os
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCKER = ROOT / "docker"


def test_dockerfile_runs_as_non_root_from_the_lock_file():
    dockerfile = (DOCKER / "Dockerfile").read_text()
    assert dockerfile.startswith("#") and "FROM python:3.11-slim" in dockerfile
    assert "pip install --requirement requirements.lock" in dockerfile
    assert "collectstatic" in dockerfile
    assert re.search(r"^USER app$", dockerfile, re.M)
    assert "DJANGO_SETTINGS_MODULE=cms.settings.production" in dockerfile
    for path in re.findall(r"docker/[\w.]+", dockerfile):
        assert (ROOT / path).exists(), path


def test_entrypoint_migrates_then_runs_the_command():
    entrypoint = DOCKER / "entrypoint.sh"
    assert os.access(entrypoint, os.X_OK)
    subprocess.run(["sh", "-n", str(entrypoint)], check=True)  # noqa: S603, S607
    text = entrypoint.read_text()
    assert text.index("migrate --no-input") < text.index('exec "$@"')


def test_gunicorn_config_loads():
    namespace = {}
    exec((DOCKER / "gunicorn.conf.py").read_text(), namespace)  # noqa: S102
    assert namespace["bind"] == "0.0.0.0:8000"
    assert namespace["accesslog"] == "-"


def test_compose_runs_app_with_postgresql_and_redis():
    compose = (DOCKER / "compose.yaml").read_text()
    services = re.findall(r"^  (\w+):$", compose, re.M)
    assert services[:3] == ["app", "db", "redis"]
    assert "dockerfile: docker/Dockerfile" in compose
    assert "DATABASE_URL: postgres://" in compose
    assert "REDIS_URL: redis://redis:6379/0" in compose
    assert "SECRET_KEY: ${SECRET_KEY:?" in compose


def _pins(lock):
    return dict(
        re.findall(r"^([a-z0-9][\w.-]*)==(\S+)$", (ROOT / lock).read_text(), re.M)
    )


def test_image_installs_no_test_or_lint_tools():
    runtime, dev = _pins("requirements.lock"), _pins("requirements-dev.lock")
    for tool in ("pytest", "playwright", "ruff", "factory-boy", "freezegun"):
        assert tool not in runtime, tool
        assert tool in dev, tool
    for package in ("wagtail", "django", "sudachipy", "psycopg", "gunicorn"):
        assert package in runtime, package
    # The image runs exactly the versions the tests ran against.
    assert {name: dev[name] for name in runtime} == runtime
