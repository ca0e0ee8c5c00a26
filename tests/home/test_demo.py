"""The demo loader: real content at stable paths, safe to run again."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management.color import no_style
from django.db import transaction
from wagtail.models import Page, Site
from wagtail.users.models import UserProfile

from cms.models import HelpLine
from home import demo
from home.models import ArticlePage, HomePage, StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def load(django_capture_on_commit_callbacks):
    def run():
        output = io.StringIO()
        # Work deferred to the end of the transaction runs, as with load_demo:
        # wagtail-localize's deferred publishing once broke the English tree.
        with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
            demo.load(stdout=output, style=no_style())
        return output.getvalue()

    return run


def counts():
    return {
        "pages": Page.objects.count(),
        "articles": ArticlePage.objects.count(),
        "help_lines": HelpLine.objects.count(),
        "users": get_user_model().objects.count(),
        "sites": Site.objects.count(),
    }


@pytest.fixture
def loaded(load):
    return load()


def test_demo_pages_answer_at_their_stable_paths(client, loaded):
    for path in (
        "/ja/",
        "/ja/about/",
        "/ja/articles/",
        "/ja/help/",
        "/ja/join/",
        "/ja/privacy/",
        "/ja/accessibility/",
        "/en/",
        "/en/about/",
        "/en/articles/",
        "/en/help/",
        "/en/articles/asking-for-help-is-normal/",
        "/en/articles/small-connections/",
    ):
        response = client.get(path)
        assert response.status_code == 200, path
    english = client.get("/en/about/").content.decode()
    assert "Who takes part" in english
    assert "参加している団体" not in english
    help_page = client.get("/en/help/").content.decode()
    assert "(Sample) Heart-to-heart phone line" in help_page
    # Headings carry phrase-break markup (<wbr>), so compare the visible text.
    japanese_text = re.sub(r"<[^>]+>", "", client.get("/ja/help/").content.decode())
    assert "（サンプル）こころの相談ダイヤル" in japanese_text


def test_demo_replaces_the_welcome_page_with_the_home_page(loaded):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.locale.language_code == "ja"
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()


def test_demo_content_covers_every_category(loaded):
    articles = ArticlePage.objects.filter(locale__language_code="ja")
    assert articles.filter(category="awareness").count() >= 4
    assert articles.filter(category="news").count() >= 2
    notices = articles.filter(category="notice")
    assert [page.is_closed for page in notices.order_by("deadline")] == [True, False]


def test_english_versions_are_linked_translations(loaded):
    home = HomePage.objects.get(locale__language_code="ja")
    english = home.get_translation_or_none(_english())
    assert english is not None and english.live
    assert english.specific.hero_heading == "You don't have to carry it alone."
    help_page = StandardPage.objects.get(slug="help", locale__language_code="ja")
    assert help_page.body[0].block_type == "help_lines"


def _english():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="en")


def test_demo_creates_sample_help_lines_and_admin(loaded):
    assert "admin" in loaded
    assert HelpLine.objects.count() >= 3
    assert all(line.is_sample for line in HelpLine.objects.all())
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password("admin")
    assert UserProfile.get_for_user(admin).preferred_language == "ja"


def test_demo_can_run_again_without_duplicating_or_overwriting(loaded, load):
    before = counts()
    about = StandardPage.objects.get(slug="about", locale__language_code="ja")
    about.title = "編集部が書き直したタイトル"
    about.save_revision().publish()
    admin = get_user_model().objects.get(username="admin")
    admin.set_password("changed")
    admin.save()

    load()

    assert counts() == before
    about.refresh_from_db()
    assert about.title == "編集部が書き直したタイトル"
    assert get_user_model().objects.get(username="admin").check_password("changed")
