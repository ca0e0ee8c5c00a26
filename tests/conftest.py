"""Suite-wide fixtures and the rules for tests that need PostgreSQL or Chromium.

Tests marked ``postgres`` or ``browser`` skip with a reason where the service is
missing, so ``make test`` passes on a bare machine. CI names what it provides in
``REQUIRE_TEST_SERVICES`` (for example ``postgres,browser``); then a skip of such a
test fails the run instead of hiding.
"""

import os
import shutil

import pytest
from django.core.cache import cache
from django.db import connection
from wagtail.models import Locale, Page, Site

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


@pytest.fixture(autouse=True)
def empty_cache():
    """Start and end every test with an empty cache.

    Cached pages and fragments must never leak from one test into another; with
    Redis the cache outlives a test, and a whole run.
    """
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def locales(db):
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code in ("ja", "en")
    }


@pytest.fixture
def home(locales):
    """A published Japanese HomePage as the default site's root, as the demo has."""
    from home.models import HomePage

    root = Page.get_first_root_node()
    if root is None:
        # A transactional test before this one flushed what migrations created
        # and the serialized copy was not restored: rebuild the tree's root.
        root = Page.add_root(instance=Page(title="Root", locale=locales["ja"]))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", is_default_site=True, root_page=root)
    welcome = site.root_page if site.root_page_id != root.pk else None
    home = root.add_child(
        instance=HomePage(
            title="ホーム",
            slug="home-ja",
            hero_heading="ひとりで抱えこまないで。",
            hero_message="相談することは、弱いことではありません。",
            locale=locales["ja"],
        )
    )
    site.root_page = home
    site.save()
    if welcome is not None:
        welcome.delete()
    home.save_revision().publish()
    home.refresh_from_db()
    return home
