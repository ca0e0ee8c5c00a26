"""Demo site settings: the footer's contact details and links.

Created once; if the site settings already exist (an editor may have changed
them), nothing is touched.
"""

from wagtail.models import Site

from .models import FooterLink, SiteSettings

ORGANISATION = {
    "organisation_name": "埼玉県孤独・孤立対策官民連携プラットフォーム",
    "secretariat": "プラットフォーム事務局（見本）",
    "postal_code": "330-0000",
    "address": "さいたま市浦和区（見本の住所）",
    "phone": "048-000-0000",
    "email": "platform@example.jp",
}
FOOTER_PAGES = ["about", "join", "help"]


def load(stdout, style):
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        stdout.write(style.WARNING("Site settings: no site yet, skipped."))
        return
    if SiteSettings.objects.filter(site=site).exists():
        stdout.write("Site settings: already there, left as they are.")
        return
    children = {page.slug: page for page in site.root_page.get_children()}
    site_settings = SiteSettings.objects.create(
        site=site,
        privacy_page=children.get("privacy"),
        accessibility_page=children.get("accessibility"),
        help_page=children.get("help"),
        **ORGANISATION,
    )
    for order, slug in enumerate(FOOTER_PAGES):
        if slug in children:
            FooterLink.objects.create(
                settings=site_settings, page=children[slug], sort_order=order
            )
    stdout.write(style.SUCCESS("Site settings: footer contact details and links."))
