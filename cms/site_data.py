"""What every page shows around its content, built once per locale and cached.

Each helper returns plain values (strings, lists, dicts) so they cache well, and
each costs a fixed number of queries when it is built, whatever the size of the
site. Caches are keyed by site, language and ``cms.site_cache.content_version``.
"""

from django.conf import settings
from django.db.models import Q
from django.utils import translation
from wagtail.models import Page, Site

from .models import HelpLine, SiteSettings
from .site_cache import cached_fragment

SOURCE_LANGUAGE = settings.LANGUAGE_CODE


def current_language():
    return translation.get_language() or SOURCE_LANGUAGE


def current_site(request):
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    return site


def _site_settings(site):
    """The site's settings, or unsaved defaults: a page view never writes.

    ``SiteSettings.for_site`` would create the row on first use, and every save
    clears the page cache.
    """
    return SiteSettings.objects.filter(site=site).first() or SiteSettings(site=site)


def _site_id(site):
    return site.pk if site is not None else 0


def locale_homes(request):
    """``{language_code: url}`` of each live translation of the site's home page."""
    site = current_site(request)

    def build():
        if site is None:
            return {}
        homes = (
            Page.objects.live()
            .filter(
                translation_key__in=Page.objects.filter(pk=site.root_page_id).values(
                    "translation_key"
                )
            )
            .select_related("locale")
        )
        urls = {home.locale.language_code: home.get_url(request) for home in homes}
        # A home outside every site's tree has no URL: leave it out.
        return {code: url for code, url in urls.items() if url}

    return cached_fragment(request, "homes", [_site_id(site)], build)


def _home_id(site, language):
    """The id of the site's home page in ``language`` (or the source language)."""
    homes = {
        page.locale.language_code: page.pk
        for page in Page.objects.filter(
            translation_key__in=Page.objects.filter(pk=site.root_page_id).values(
                "translation_key"
            )
        ).select_related("locale")
    }
    return homes.get(language) or homes.get(SOURCE_LANGUAGE) or site.root_page_id


def primary_nav(request):
    """Live, in-menu children of the home page in the visitor's language."""
    site = current_site(request)
    language = current_language()

    def build():
        if site is None:
            return []
        home = Page.objects.get(pk=_home_id(site, language))
        children = home.get_children().live().public().in_menu().order_by("path")
        return [
            {"title": child.title, "url": child.get_url(request), "path": child.path}
            for child in children
        ]

    return cached_fragment(request, "nav", [_site_id(site), language], build)


def _translated(pages, language):
    """Map each page's id to its live translation in ``language``, else itself.

    One query, however many pages; pages that are not live anywhere drop out.
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    translations = {
        page.translation_key: page
        for page in Page.objects.live()
        .filter(
            translation_key__in=[page.translation_key for page in pages],
            locale__language_code=language,
        )
        .select_related("locale")
    }
    result = {}
    for page in pages:
        chosen = translations.get(page.translation_key)
        if chosen is None and page.live:
            chosen = page
        if chosen is not None:
            result[page.pk] = chosen
    return result


def help_page_url(request):
    """Where the 今すぐ相談したい方へ link leads in the visitor's language."""
    site = current_site(request)
    language = current_language()

    def build():
        if site is None:
            return ""
        site_settings = _site_settings(site)
        page = site_settings.help_page
        if page is None:
            home_ids = {_home_id(site, language), _home_id(site, SOURCE_LANGUAGE)}
            candidates = Page.objects.live().filter(
                slug="help", depth=site.root_page.depth + 1
            )
            candidates = [
                candidate
                for candidate in candidates.select_related("locale")
                if candidate.get_parent().pk in home_ids
            ]
            page = next(
                (c for c in candidates if c.locale.language_code == language),
                candidates[0] if candidates else None,
            )
            if page is None:
                return ""
        chosen = _translated([page], language).get(page.pk)
        return chosen.get_url(request) if chosen is not None else ""

    return cached_fragment(request, "help-url", [_site_id(site), language], build)


def help_lines(request=None):
    """Help lines in the visitor's language, falling back to the Japanese rows.

    The Japanese rows decide the order (editors sort them in the admin); a row
    translated into the visitor's language replaces its source. One query.
    """
    language = current_language()

    def build():
        rows = list(
            HelpLine.objects.filter(
                Q(locale__language_code=language)
                | Q(locale__language_code=SOURCE_LANGUAGE)
            )
            .select_related("locale")
            .order_by("sort_order", "pk")
        )
        local = {
            row.translation_key: row
            for row in rows
            if row.locale.language_code == language
        }
        ordered, seen = [], set()
        for row in rows:
            if row.locale.language_code != SOURCE_LANGUAGE:
                continue
            ordered.append(local.get(row.translation_key, row))
            seen.add(row.translation_key)
        ordered += [row for key, row in local.items() if key not in seen]
        return ordered

    return cached_fragment(request, "help-lines", [language], build)


def footer(request):
    """Organisation details, footer links and social links for the footer."""
    site = current_site(request)
    language = current_language()

    def build():
        if site is None:
            return {}
        site_settings = _site_settings(site)
        links = list(site_settings.footer_links.select_related("page"))
        policy_pages = {
            "privacy": site_settings.privacy_page,
            "accessibility": site_settings.accessibility_page,
        }
        pages = [link.page for link in links] + list(policy_pages.values())
        translated = _translated(pages, language)
        footer_links = []
        for link in links:
            if link.page_id:
                page = translated.get(link.page_id)
                if page is None:
                    continue
                footer_links.append(
                    {"title": link.title or page.title, "url": page.get_url(request)}
                )
            elif link.url:
                footer_links.append({"title": link.title or link.url, "url": link.url})
        policies = {}
        for name, page in policy_pages.items():
            chosen = translated.get(page.pk) if page is not None else None
            if chosen is not None:
                policies[name] = {"title": chosen.title, "url": chosen.get_url(request)}
        return {
            "organisation_name": site_settings.organisation_name,
            "organisation_type": site_settings.organisation_type,
            "secretariat": site_settings.secretariat,
            "postal_code": site_settings.postal_code,
            "address": site_settings.address,
            "phone": site_settings.phone,
            "email": site_settings.email,
            "links": footer_links,
            "policies": policies,
            "social_links": [
                {
                    "network": social.network,
                    "label": social.label or social.get_network_display(),
                    "url": social.url,
                }
                for social in site_settings.social_links.all()
            ],
        }

    return cached_fragment(request, "footer", [_site_id(site), language], build)


def page_translations(request, page):
    """Live versions of ``page`` in each language: ``{code: (url, full_url)}``."""

    def build():
        translations = (
            Page.objects.live()
            .public()
            .filter(translation_key=page.translation_key)
            .select_related("locale")
        )
        return {
            other.locale.language_code: (
                other.get_url(request),
                other.get_full_url(request),
            )
            for other in translations
        }

    site = current_site(request)
    return cached_fragment(
        request, "translations", [_site_id(site), page.translation_key], build
    )
