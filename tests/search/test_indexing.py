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
