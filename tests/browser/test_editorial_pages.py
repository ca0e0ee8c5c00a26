"""Home, article index, article, standard and search pages as residents use them.

The demo content (``home.demo.load``) is loaded once, then every page is checked
at desktop and phone width and without JavaScript: no serious axe violations,
no sideways scrolling at 360px, and the help link in the first screen. One test
walks all pages (loading the demo takes longer than checking a page) and
reports every problem found, page by page.
"""

import io

from django.core.management.base import OutputWrapper
from django.core.management.color import no_style

from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.helpers import (
    format_violations,
    horizontal_overflow,
    serious_axe_violations,
)


def ensure_wagtail_root():
    """Recreate what Wagtail's own migrations put in the database, if missing.

    Live-server tests are transactional: the database is flushed after each,
    and restored from the snapshot taken after migrations. On PostgreSQL with
    Redis we saw this test start from an empty database now and then, so it
    does not depend on that restore.
    """
    from wagtail.models import Locale, Page, Site

    if Page.get_first_root_node() is not None:
        return
    locale, _ = Locale.objects.get_or_create(language_code="ja")
    root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    welcome = root.add_child(instance=Page(title="Welcome", slug="home"))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": welcome},
    )


def load_demo():
    from home.demo import load
    from home.models import ArticlePage

    ensure_wagtail_root()
    load(OutputWrapper(io.StringIO()), no_style())
    article = ArticlePage.objects.live().filter(locale__language_code="ja").first()
    return {
        "home": "/ja/",
        "article index": "/ja/articles/",
        "article": article.url,
        "standard page": "/ja/about/",
        "English home": "/en/",
        # Results with the type filter, help lines before results, nothing found.
        "search": "/ja/search/?q=孤立",
        "search, distress": "/ja/search/?q=さみしい",
        "search, nothing found": "/ja/search/?q=存在しないことば",
        "English search": "/en/search/?q=loneliness",
    }


def axe_problems(page, where):
    violations = serious_axe_violations(page)
    return [f"{where}: axe\n{format_violations(violations)}"] if violations else []


def check_page(browser, url):
    problems = []

    desktop = browser.new_context(viewport=DESKTOP, locale="ja-JP")
    page = desktop.new_page()
    status = page.goto(url).status
    if status != 200:
        desktop.close()
        return [f"desktop: status {status}"]
    problems += axe_problems(page, "desktop")
    desktop.close()

    phone = browser.new_context(viewport=PHONE, locale="ja-JP")
    page = phone.new_page()
    page.goto(url)
    problems += axe_problems(page, "phone")
    if overflow := horizontal_overflow(page):
        problems.append(f"phone: scrolls sideways by {overflow}px at 360px")
    help_link = page.locator(".help-banner a").first
    box = help_link.bounding_box() if help_link.count() else None
    if not box or not help_link.is_visible():
        problems.append("phone: no visible help link")
    elif box["y"] + box["height"] > PHONE["height"]:
        problems.append("phone: help link is below the first screen")
    phone.close()

    no_js = browser.new_context(
        viewport=PHONE, locale="ja-JP", java_script_enabled=False
    )
    page = no_js.new_page()
    page.goto(url)
    if not page.locator("main h1").first.is_visible():
        problems.append("no JavaScript: no visible main heading")
    if not page.locator(".help-banner a").first.is_visible():
        problems.append("no JavaScript: no visible help link")
    if horizontal_overflow(page):
        problems.append("no JavaScript: scrolls sideways at 360px")
    no_js.close()
    return problems


def test_editorial_pages_are_accessible_on_desktop_phone_and_without_js(
    browser, site_url
):
    pages = load_demo()
    report = []
    for name, path in pages.items():
        for problem in check_page(browser, site_url(path)):
            report.append(f"{name} ({path}) {problem}")
    assert not report, "\n".join(report)
