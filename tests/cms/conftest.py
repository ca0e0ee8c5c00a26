"""A small bilingual page tree and help lines shared by the site-wide tests."""

import pytest
from django.core.cache import cache
from wagtail.models import Locale, Page, Site


@pytest.fixture(autouse=True)
def empty_cache():
    """Cached fragments and pages must never leak from one test into another."""
    cache.clear()
    yield
    cache.clear()


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def locales(db):
    ja = Locale.objects.get_or_create(language_code="ja")[0]
    en = Locale.objects.get_or_create(language_code="en")[0]
    return {"ja": ja, "en": en}


@pytest.fixture
def site_tree(locales):
    """/ja/ home with about (in menu), help and news; /en/ home and about."""
    from home.models import HomePage, StandardPage

    root = Page.get_first_root_node()
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
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
    welcome.delete()
    home.refresh_from_db()

    def child(parent, slug, title, in_menu=True):
        page = parent.add_child(
            instance=StandardPage(title=title, slug=slug, show_in_menus=in_menu)
        )
        return publish(page)

    about = child(home, "about", "このサイトについて")
    help_page = child(home, "help", "いますぐ相談したい方へ")
    news = child(home, "news", "お知らせ")
    hidden = child(home, "hidden", "メニューにないページ", in_menu=False)
    en_home = publish(home.copy_for_translation(locales["en"]))
    en_about = publish(about.copy_for_translation(locales["en"]))
    en_about.title = "About"
    publish(en_about)
    return {
        "site": site,
        "home": home,
        "about": about,
        "help": help_page,
        "news": news,
        "hidden": hidden,
        "en_home": en_home,
        "en_about": en_about,
    }
