"""A small bilingual page tree and help lines shared by the site-wide tests."""

import pytest
from wagtail.models import Site


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def site_tree(home, locales):
    """/ja/ home with about (in menu), help and news; /en/ home and about."""
    from home.models import StandardPage

    site = Site.objects.get(is_default_site=True)

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
