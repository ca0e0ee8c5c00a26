"""Demo for the site search: a few promoted results and a fresh index.

Distress words are seeded by migration ``0002_seed_distress_terms`` so a real
site gets them too; this loader never touches them (an editor may have removed
one on purpose). Promoted results are created only when missing.
"""

from django.core.management import call_command
from wagtail.models import Locale, Page

# (query, slug of the Japanese page to promote, description)
PROMOTIONS = [
    (
        "相談",
        "help",
        "いますぐ話したいときの窓口と、ゆっくり相談できる場所をまとめています。",
    ),
    (
        "地図",
        "map",
        "お住まいの市町村から、相談先や居場所を地図で探せます。",
    ),
    (
        "居場所",
        "map",
        "子ども食堂やサロンなど、気軽に立ち寄れる場所を地図で探せます。",
    ),
]


def _promote(stdout, style):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    locale = Locale.objects.filter(language_code="ja").first()
    created = 0
    for query_string, slug, description in PROMOTIONS:
        page = Page.objects.filter(slug=slug, locale=locale, depth=3).first()
        if page is None:
            continue
        query = Query.get(query_string)
        if SearchPromotion.objects.filter(query=query, page=page).exists():
            continue
        SearchPromotion.objects.create(
            query=query, page=page, description=description, sort_order=0
        )
        created += 1
    stdout.write(f"Search: {created} promoted results added.")


def load(stdout, style):
    _promote(stdout, style)
    # Everything the other demos created is indexed through signals already;
    # rebuilding makes the demo right even after bulk imports.
    call_command("update_index", verbosity=0)
    stdout.write(style.SUCCESS("Search: index rebuilt."))
