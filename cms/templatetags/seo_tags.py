"""Description, canonical and alternate links, Open Graph and JSON-LD for <head>."""

import json
import logging

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language
from wagtail.models import Page

from cms import site_data

logger = logging.getLogger(__name__)
register = template.Library()

# Open Graph wants territory-qualified locales.
OG_LOCALES = {
    "ja": "ja_JP",
    "en": "en_US",
    "zh-hans": "zh_CN",
    "ko": "ko_KR",
    "vi": "vi_VN",
}
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def description_for(page):
    """The page's search description, else its summary or introduction."""
    if page is None:
        return ""
    text = getattr(page, "search_description", "") or ""
    if not text:
        specific = page.specific_deferred
        for field in ("summary", "introduction", "intro"):
            value = getattr(specific, field, "")
            if value:
                text = strip_tags(str(value))
                break
    return Truncator(" ".join(text.split())).chars(160)


def _share_image(page, request):
    image = getattr(page, "hero_image", None) if page is not None else None
    if image is None:
        return None
    try:
        rendition = image.get_rendition("fill-1200x630")
    except OSError:  # includes Wagtail's SourceImageIOError
        # A missing original file must not take the whole page down.
        logger.warning("No share image for page %s: image file missing", page.pk)
        return None
    return {
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": getattr(page, "hero_image_alt", "") or image.title,
    }


def json_ld(request, footer):
    """The platform as an organisation, and the site with its search."""
    site = site_data.current_site(request)
    origin = site.root_url if site is not None else request.build_absolute_uri("/")
    origin = origin.rstrip("/")
    language = get_language() or settings.LANGUAGE_CODE
    homes = site_data.locale_homes(request)
    home_url = origin + homes.get(language, f"/{language}/")
    name = footer.get("organisation_name") or settings.WAGTAIL_SITE_NAME
    organisation = {
        "@type": footer.get("organisation_type") or "GovernmentOrganization",
        "@id": f"{origin}/#organization",
        "name": name,
        "url": home_url,
    }
    if footer.get("phone"):
        organisation["telephone"] = footer["phone"]
    if footer.get("email"):
        organisation["email"] = footer["email"]
    if footer.get("address"):
        organisation["address"] = {
            "@type": "PostalAddress",
            "streetAddress": footer["address"],
            "postalCode": footer.get("postal_code", ""),
            "addressRegion": "埼玉県",
            "addressCountry": "JP",
        }
    same_as = [social["url"] for social in footer.get("social_links", [])]
    if same_as:
        organisation["sameAs"] = same_as
    try:
        search_path = reverse("search")
    except NoReverseMatch:
        search_path = f"/{language}/search/"
    search_url = origin + search_path
    website = {
        "@type": "WebSite",
        "@id": f"{origin}/#website",
        "name": name,
        "url": home_url,
        "inLanguage": language,
        "publisher": {"@id": organisation["@id"]},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": f"{search_url}?q={{search_term_string}}",
            },
            "query-input": "required name=search_term_string",
        },
    }
    data = {"@context": "https://schema.org", "@graph": [organisation, website]}
    # Escaped like json_script so page text can never close the <script> element.
    return mark_safe(  # noqa: S308
        json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    )


@register.simple_tag(takes_context=True)
def seo_data(context):
    """Everything ``includes/seo_meta.html`` prints."""
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page):
        page = None
    language = get_language() or settings.LANGUAGE_CODE
    footer = site_data.footer(request)
    data = {
        "description": context.get("meta_description") or description_for(page),
        "og_locale": OG_LOCALES.get(language, language),
        "og_type": "website",
        "site_name": footer.get("organisation_name") or settings.WAGTAIL_SITE_NAME,
        "alternates": [],
        "x_default": "",
        "image": None,
        "json_ld": "",
    }
    if request is None:
        return data
    if page is not None:
        translations = site_data.page_translations(request, page)
        data["canonical"] = page.get_full_url(request)
        data["alternates"] = [
            (code, translations[code][1])
            for code, _name in settings.LANGUAGES
            if code in translations
        ]
        source = translations.get(settings.LANGUAGE_CODE)
        data["x_default"] = source[1] if source else ""
        data["image"] = _share_image(page, request)
        # Home pages describe the site; everything below them is an article.
        if page.depth > 2:
            data["og_type"] = "article"
    else:
        site = site_data.current_site(request)
        origin = site.root_url if site is not None else ""
        data["canonical"] = (origin or request.build_absolute_uri("/")).rstrip(
            "/"
        ) + request.path
    data["json_ld"] = json_ld(request, footer)
    return data
