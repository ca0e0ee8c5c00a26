"""Every editorial page type renders, in Japanese and English, and the tree rules."""

import datetime

import pytest
import wagtail_factories
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.blocks import CaptionedImageBlock
from home.models import (
    ArticleIndexPage,
    ArticlePage,
    HomePage,
    HomePageFeaturedArticle,
    StandardPage,
)

from .conftest import translate
from .factories import ArticlePageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def page_text(response):
    """The HTML without the phrase-break markers that headings carry."""
    return response.content.decode().replace("<wbr>", "")


@pytest.fixture
def tree(index, home):
    article = ArticlePageFactory(
        parent=index,
        title="「助けて」と言っていい",
        slug="asking",
        date=datetime.date(2026, 12, 3),
        body=[
            ("heading", {"text": "うまく話せなくても大丈夫", "level": "h2"}),
            ("paragraph", "<p>聞く人は、あなたのペースに合わせます。</p>"),
            ("quote", {"quote": "話してよかった。", "attribution": "参加者の声"}),
            ("help_lines", None),
        ],
    )
    about = StandardPageFactory(parent=home, slug="about", title="このサイトについて")
    home.featured_articles = [HomePageFeaturedArticle(article=article)]
    home.save_revision().publish()
    home.refresh_from_db()
    return {"home": home, "index": index, "article": article, "about": about}


def test_every_page_type_renders_in_japanese(client, tree):
    for page in tree.values():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.url.startswith("/ja/")
        assert page.title in page_text(response) or isinstance(page, HomePage)


def test_article_shows_japanese_date_and_its_blocks(client, tree):
    html = page_text(client.get(tree["article"].url))
    assert "2026年12月3日" in html
    assert "うまく話せなくても大丈夫" in html
    assert "<blockquote>" in html


def test_home_page_shows_hero_and_featured_article(client, tree):
    html = page_text(client.get("/ja/"))
    assert "ひとりで抱えこまないで" in html
    assert "「助けて」と言っていい" in html
    assert tree["article"].url in html


def test_every_page_type_renders_in_english_translation(client, tree, locales):
    en_home = translate(tree["home"], locales["en"])
    en_home.title = "Home"
    en_home.hero_heading = "You don't have to carry it alone."
    en_home.save_revision().publish()
    en_index = translate(tree["index"], locales["en"])
    en_article = translate(tree["article"], locales["en"])
    en_about = translate(tree["about"], locales["en"])
    for page in (en_home, en_index, en_article, en_about):
        assert page.url.startswith("/en/")
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert '<html lang="en"' in response.content.decode()
    home_html = client.get("/en/").content.decode()
    # The featured article links to its English version, not the Japanese one.
    assert en_article.url in home_html
    assert tree["article"].url not in home_html


def test_pages_fall_back_to_japanese_in_untranslated_languages(client, tree):
    for language in ("en", "zh-hans", "ko", "vi"):
        for path in ("/", "/articles/", "/articles/asking/", "/about/"):
            response = client.get(f"/{language}{path}")
            assert response.status_code == 200, (language, path)
            assert f'<html lang="{language}"' in response.content.decode()
        about = page_text(client.get(f"/{language}/about/"))
        assert "このサイトについて" in about


def test_index_has_feed_links_for_browsers(client, tree):
    html = client.get(tree["index"].url).content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml"' in html
        and 'href="/ja/articles/feed/rss/"' in html
    )
    assert 'type="application/atom+xml"' in html
    assert 'href="/ja/articles/feed/atom/"' in html


def test_hero_image_cannot_be_saved_without_alt_text(index):
    image = wagtail_factories.ImageFactory()
    article = ArticlePage(
        title="写真つきの記事", slug="photo", summary="要約", hero_image=image
    )
    with pytest.raises(ValidationError) as error:
        index.add_child(instance=article)
    assert "hero_image_alt" in error.value.message_dict
    article.hero_image_alt = "公民館で話す二人"
    index.add_child(instance=article)
    assert article.pk


def test_image_block_requires_alt_text(db):
    image = wagtail_factories.ImageFactory()
    block = CaptionedImageBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "caption": ""}))
    value = block.clean(
        block.to_python({"image": image.pk, "alt_text": "花の写真", "caption": ""})
    )
    assert value["alt_text"] == "花の写真"


class TestPageTreeRules(WagtailPageTestCase):
    def test_home_page_sits_only_at_the_top(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)
        self.assertCanNotCreateAt(ArticleIndexPage, HomePage)

    def test_home_page_children(self):
        self.assertCanCreateAt(HomePage, ArticleIndexPage)
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(HomePage, ArticlePage)

    def test_articles_live_only_in_the_article_index(self):
        self.assertAllowedParentPageTypes(ArticlePage, {ArticleIndexPage})
        self.assertAllowedSubpageTypes(ArticlePage, set())
        self.assertCanNotCreateAt(StandardPage, ArticlePage)
        self.assertCanNotCreateAt(Page, ArticleIndexPage)
        self.assertCanNotCreateAt(ArticleIndexPage, StandardPage)

    def test_standard_pages_nest(self):
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, ArticleIndexPage)

    def test_one_article_index_per_home(self):
        self.assertEqual(ArticleIndexPage.max_count_per_parent, 1)


def test_editors_get_japanese_help_in_the_admin(admin_client, tree):
    add_article = f"/admin/pages/add/home/articlepage/{tree['index'].pk}/"
    html = admin_client.get(add_article).content.decode()
    assert "受付終了" in html  # the deadline field's help text
    assert "メイン画像の代替テキスト" in html
    for page in tree.values():
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page


def test_admin_refuses_a_hero_image_without_alt_text(admin_client, tree):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    image = wagtail_factories.ImageFactory()
    article = tree["article"]
    data = nested_form_data(
        {
            "title": article.title,
            "slug": article.slug,
            "date": "2026-12-03",
            "category": "awareness",
            "summary": article.summary,
            "tags": "",
            "hero_image": image.pk,
            "hero_image_alt": "",
            "body": streamfield([]),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/{article.pk}/edit/", data)
    assert response.status_code == 200
    assert "画像の内容を短く説明するか" in response.content.decode()
    article.refresh_from_db()
    assert article.hero_image_id is None
