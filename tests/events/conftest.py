"""A Japanese home page with an events index, shared by the events tests."""

import pytest

# The browser tests here reuse the shared Playwright fixtures.
from tests.browser.conftest import (  # noqa: F401
    browser,
    no_js_page,
    page,
    site_url,
)
from tests.events.factories import make_event, make_index


@pytest.fixture
def index(home):
    return make_index(home)


@pytest.fixture
def event_factory(index):
    def build(**fields):
        return make_event(index, **fields)

    return build
