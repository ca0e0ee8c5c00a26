"""Suite-wide fixtures and the rules for tests that need PostgreSQL or Chromium.

Tests marked ``postgres`` or ``browser`` skip with a reason where the service is
missing, so ``make test`` passes on a bare machine. CI names what it provides in
``REQUIRE_TEST_SERVICES`` (for example ``postgres,browser``); then a skip of such a
test fails the run instead of hiding.
"""

import os
import shutil

import pytest
from django.db import connection

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
REQUIRED = {
    name.strip()
    for name in os.environ.get("REQUIRE_TEST_SERVICES", "").split(",")
    if name.strip()
}


def chromium_available():
    return os.path.exists(CHROMIUM) or shutil.which("chromium") is not None


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "postgres" in item.keywords and connection.vendor != "postgresql":
            item.add_marker(
                pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL")
            )
        if "browser" in item.keywords and not chromium_available():
            item.add_marker(
                pytest.mark.skip(
                    reason=f"needs Chromium at {CHROMIUM} (apt-get install chromium)"
                )
            )


_skipped_required = []


def pytest_runtest_logreport(report):
    if not report.skipped or not REQUIRED:
        return
    keywords = set(report.keywords)
    missing = REQUIRED & keywords & {"postgres", "browser"}
    if missing:
        _skipped_required.append((report.nodeid, ", ".join(sorted(missing))))


def pytest_sessionfinish(session, exitstatus):
    if _skipped_required:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter):
    if _skipped_required:
        terminalreporter.section("required services skipped", red=True)
        for nodeid, services in _skipped_required:
            terminalreporter.line(f"{nodeid} skipped but CI requires: {services}")
