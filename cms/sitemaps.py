"""The sitemap lists every public page in every language.

Wagtail's own sitemap walks only the site's root page, which here is the
Japanese home; the other languages' trees are its translations, siblings
outside that subtree.
"""

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class AllLocalesSitemap(Sitemap):
    def items(self):
        site = self.get_wagtail_site()
        homes = Page.objects.filter(
            translation_key__in=Page.objects.filter(pk=site.root_page_id).values(
                "translation_key"
            )
        ).values_list("path", flat=True)
        in_any_home = Q()
        for path in homes:
            in_any_home |= Q(path__startswith=path)
        if not in_any_home:
            return Page.objects.none()
        return (
            Page.objects.filter(in_any_home)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
