"""The index follows what is published."""

import pytest
from modelsearch.backends import get_search_backend

from organisations.models import Organisation

pytestmark = pytest.mark.django_db


def search(query):
    return [o.slug for o in get_search_backend().search(query, Organisation)]


def test_organisation_draft_is_indexed_only_when_published(site):
    org = site["shokudo"]
    org.description = "新しく学習支援も始めました。"
    revision = org.save_revision()
    assert search("学習支援") == []
    revision.publish()
    assert search("学習支援") == ["minna-shokudo"]


def test_page_edits_reach_the_index_on_publish(site):
    from wagtail.models import Page

    page = site["about"].specific
    page.intro = "居場所づくりの取り組み"
    revision = page.save_revision()
    assert not Page.objects.live().search("居場所づくり")
    revision.publish()
    assert [p.pk for p in Page.objects.live().search("居場所づくり")] == [page.pk]


def test_rebuilding_the_index_reads_organisations_in_bulk(site):
    """Organisations index their labels in their own language: the locale comes
    with each batch, not one query per organisation."""
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from .conftest import make_organisation

    def locale_queries():
        with CaptureQueriesContext(connection) as ctx:
            call_command("update_index", verbosity=0)
        return [
            q for q in ctx.captured_queries if 'FROM "wagtailcore_locale"' in q["sql"]
        ]

    few = len(locale_queries())
    for n in range(5):
        make_organisation(f"見守りの会 {n}", "説明", f"homon-{n}")
    assert len(locale_queries()) == few
    assert search("訪問") == []
    Organisation.objects.filter(slug="homon-0").update(contact_methods=["home_visit"])
    call_command("update_index", verbosity=0)
    assert search("訪問") == ["homon-0"]
