"""Browser tests: Playwright's sync API driving Debian's Chromium.

Every test in this folder is marked ``browser``: tests/conftest.py skips it where
Chromium is missing, and CI (``REQUIRE_TEST_SERVICES=browser``) turns that skip
into a failure. Pages are served by pytest-django's ``live_server``; data created
in a test is visible to it because live-server tests are transactional, and
``serialized_rollback`` puts back what migrations created (the Wagtail root page,
locales, site) after each test flushes the database.
"""

from pathlib import Path

import pytest

from tests.browser.helpers import (  # noqa: F401 (re-exported for tests)
    SHARED_BROWSER,
    assert_no_serious_axe_violations,
    horizontal_overflow,
)

BROWSER_DIR = Path(__file__).resolve().parent
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}


def pytest_itemcollected(item):
    if BROWSER_DIR in Path(str(item.path)).resolve().parents:
        item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    """One Chromium for the whole run, shared by every conftest that imports it.

    Other test folders import this fixture into their own conftest, which makes
    pytest create it once per conftest; Playwright's sync API allows only one
    instance per thread, so the instances share one browser by reference count.
    """
    chromium = SHARED_BROWSER.acquire()
    try:
        yield chromium
    finally:
        SHARED_BROWSER.release()


@pytest.fixture
def site_url(live_server, django_db_serialized_rollback):
    """Absolute URL of a path on the live server: ``site_url("/ja/")``."""

    def build(path="/"):
        return f"{live_server.url}{path}"

    return build


def _new_page(browser, **context_options):
    context = browser.new_context(locale="ja-JP", **context_options)
    context.set_default_timeout(10_000)
    return context, context.new_page()


@pytest.fixture
def page(browser, site_url):
    """A desktop-sized page (1280×900)."""
    context, page = _new_page(browser, viewport=DESKTOP)
    yield page
    context.close()


@pytest.fixture
def phone_page(browser, site_url):
    """A phone-sized page (360×740), the width the site is designed at first."""
    context, page = _new_page(browser, viewport=PHONE, device_scale_factor=2)
    yield page
    context.close()


@pytest.fixture
def no_js_page(browser, site_url):
    """A phone-sized page with JavaScript disabled."""
    context, page = _new_page(browser, viewport=PHONE, java_script_enabled=False)
    yield page
    context.close()
