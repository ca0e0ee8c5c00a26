"""The support map's demo content: spread, fictional, safe to rerun."""

import io

import pytest
from django.core.management.color import no_style

from organisations import demo
from organisations.models import DirectoryPage, Municipality, Organisation

pytestmark = pytest.mark.django_db


def test_demo_covers_every_municipality_and_reruns_safely(site_root, monkeypatch):
    # Fewer organisations than the real demo keep the test quick; every
    # municipality still gets one first.
    monkeypatch.setattr(demo, "COUNT", 70)
    demo.load(io.StringIO(), no_style())
    organisations = Organisation.objects.filter(locale__language_code="ja")
    assert organisations.count() == 70
    assert not Municipality.objects.filter(organisations__isnull=True).exists()
    assert all(
        "（架空）" in name for name in organisations.values_list("name", flat=True)
    )
    assert organisations.filter(confidential_location=True).exists()
    assert organisations.filter(
        latitude__isnull=True, confidential_location=False
    ).exists()
    assert DirectoryPage.objects.get(locale__language_code="ja").live

    edited = organisations.get(external_id="demo-001")
    edited.name = "編集済み"
    edited.save()
    demo.load(io.StringIO(), no_style())
    assert organisations.count() == 70
    assert organisations.get(external_id="demo-001").name == "編集済み"
    assert DirectoryPage.objects.filter(locale__language_code="ja").count() == 1
