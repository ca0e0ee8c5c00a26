"""The page tree editors can build across apps: sections hang off the home page."""

import pytest
from wagtail.test.utils import WagtailPageTestCase

from events.models import EventIndexPage, EventPage
from home.models import ArticleIndexPage, HomePage, StandardPage
from organisations.models import DirectoryPage, JoinApplicationPage


class TestSectionsUnderHome(WagtailPageTestCase):
    def test_home_page_takes_every_section(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                ArticleIndexPage,
                StandardPage,
                EventIndexPage,
                DirectoryPage,
                JoinApplicationPage,
            },
        )

    def test_events_hang_only_off_an_events_index(self):
        self.assertCanNotCreateAt(HomePage, EventPage)
        self.assertCanNotCreateAt(StandardPage, EventIndexPage)

    def test_join_form_may_sit_under_the_how_to_join_page(self):
        self.assertCanCreateAt(StandardPage, JoinApplicationPage)


pytestmark = pytest.mark.django_db
