"""Demo content for the editorial pages: run by ``manage.py load_demo``.

Safe to rerun: every page, help line and user is looked up first (by slug, by
translation, by name) and only created when missing, so nothing an editor changed
is overwritten.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail.users.models import UserProfile

from cms.models import HelpLine
from home.models import (
    ArticleIndexPage,
    ArticlePage,
    HomePage,
    HomePageFeaturedArticle,
    StandardPage,
)

from . import content
from .text import Collector
from .translation import translate_page

logger = logging.getLogger(__name__)

SOURCE_LANGUAGE = "ja"
TRANSLATED_LANGUAGE = "en"


def load(stdout, style):
    locales = ensure_locales()
    ja = locales[SOURCE_LANGUAGE]
    english = Collector()
    home = ensure_home(ja, english, stdout)
    index = ensure_child(
        home,
        ArticleIndexPage,
        content.ARTICLE_INDEX["slug"],
        english,
        in_menu=True,
        title=content.ARTICLE_INDEX["title"],
        intro=content.ARTICLE_INDEX["intro"],
    )
    standard = {}
    for spec in content.STANDARD_PAGES:
        standard[spec["slug"]] = ensure_child(
            home,
            StandardPage,
            spec["slug"],
            english,
            in_menu=spec.get("in_menu", False),
            title=spec["title"],
            intro=spec["intro"],
            body=english.body(resolve_links(spec["body"], home)),
        )
    articles = {}
    for spec in content.article_pages(timezone.localdate()):
        page = ensure_child(
            index,
            ArticlePage,
            spec["slug"],
            english,
            title=spec["title"],
            summary=spec["summary"],
            date=spec["date"],
            category=spec["category"],
            deadline=spec.get("deadline"),
            body=english.body(resolve_links(spec["body"], home)),
            tags=spec["tags"],
        )
        articles[spec["slug"]] = page
    ensure_featured(home, articles)
    ensure_help_lines(ja, locales.get(TRANSLATED_LANGUAGE))

    en = locales.get(TRANSLATED_LANGUAGE)
    if en is not None:
        to_translate = [home, index]
        to_translate += [
            standard[spec["slug"]] for spec in content.STANDARD_PAGES if spec["english"]
        ]
        to_translate += [
            articles[spec["slug"]]
            for spec in content.article_pages(timezone.localdate())
            if spec["english"]
        ]
        for page in to_translate:
            _, created, missing = translate_page(page, en, english.english)
            if created:
                stdout.write(f"  English version of {page.url_path} published")
            for text in missing:
                logger.warning("Demo page %s has no English for %r", page.pk, text)

    ensure_admin_user(stdout, style)
    stdout.write(style.SUCCESS("Editorial pages ready at /ja/ and /en/."))


def ensure_locales():
    locales = {}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locales[code], _ = Locale.objects.get_or_create(language_code=code)
    return locales


def ensure_home(ja, english, stdout):
    """The Japanese HomePage, made the default Site's root.

    Wagtail's migrations create a "Welcome to Wagtail" page as the site root. It is
    replaced (once) by the HomePage; the site is pointed at the new page before the
    old one is deleted, because deleting a site's root page deletes the site.
    """
    home = HomePage.objects.filter(locale=ja, depth=2).first()
    if home is None:
        root = Page.get_first_root_node()
        welcome = [
            page
            for page in root.get_children().filter(locale=ja)
            if page.specific_class is Page
        ]
        for page in welcome:
            page.slug = f"replaced-{page.pk}"
            page.save(update_fields=["slug"], clean=False)
        home = root.add_child(
            instance=HomePage(
                title=english.text(content.HOME["title"]),
                slug="home",
                locale=ja,
                hero_heading=english.text(content.HOME["hero_heading"]),
                hero_message=english.text(content.HOME["hero_message"]),
                map_intro=english.text(content.HOME["map_intro"]),
            )
        )
        home.save_revision().publish()
        point_site_at(home)
        for page in welcome:
            page.delete()
        stdout.write("  Home page created")
    else:
        for field in ("title", "hero_heading", "hero_message", "map_intro"):
            english.text(content.HOME[field])
        point_site_at(home)
    return home


def point_site_at(home):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=settings.WAGTAIL_SITE_NAME,
        )
    elif not isinstance(site.root_page.specific, HomePage):
        site.root_page = home
        site.site_name = site.site_name or settings.WAGTAIL_SITE_NAME
        site.save()


def ensure_child(parent, model, slug, english, tags=(), in_menu=False, **fields):
    """The child page with this slug, created and published if it is missing."""
    values = {name: english.text(value) for name, value in fields.items()}
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(slug=slug, locale=parent.locale, show_in_menus=in_menu, **values)
    parent.add_child(instance=page)
    if tags:
        page.tags.add(*tags)
    page.save_revision().publish()
    return page


def resolve_links(blocks, home):
    """Replace page slugs in call-to-action blocks with the pages' ids."""
    resolved = []
    for kind, value in blocks:
        if kind == "call_to_action" and isinstance(value.get("page"), str):
            target = home.get_children().filter(slug=value["page"]).first()
            value = {**value, "page": target.pk if target else None}
        resolved.append((kind, value))
    return resolved


def ensure_featured(home, articles):
    if home.featured_articles.exists():
        return
    home.featured_articles = [
        HomePageFeaturedArticle(article=articles[slug])
        for slug in content.FEATURED_ARTICLES
        if slug in articles
    ]
    home.save_revision().publish()


def ensure_help_lines(ja, en):
    """Sample help lines, only on a site that has none (editors replace them)."""
    if HelpLine.objects.exists():
        return
    for order, spec in enumerate(content.SAMPLE_HELP_LINES):
        values = dict(spec)
        english = values.pop("english")
        line = HelpLine.objects.create(
            locale=ja, sort_order=order, is_sample=True, **values
        )
        if en is not None:
            translated = line.copy_for_translation(en)
            for field, text in english.items():
                setattr(translated, field, text)
            translated.save()


def ensure_admin_user(stdout, style):
    user_model = get_user_model()
    if user_model.objects.filter(username="admin").exists():
        return
    user = user_model.objects.create_superuser(
        username="admin",
        email="admin@example.jp",
        password="admin",  # noqa: S106 (demo only, printed on creation)
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = SOURCE_LANGUAGE
    profile.save()
    stdout.write(
        style.WARNING(
            "  Created the demo administrator: user admin, password admin "
            "(change it before going public)."
        )
    )
