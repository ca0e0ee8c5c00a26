"""Demo site settings: created once, never overwriting an editor's changes."""

import io

import pytest
from django.core.management.color import no_style

from cms import demo
from cms.models import SiteSettings

pytestmark = pytest.mark.django_db


def load():
    demo.load(stdout=io.StringIO(), style=no_style())


def test_demo_fills_the_footer_once_and_keeps_edits(client, site_tree):
    load()
    site_settings = SiteSettings.objects.get(site=site_tree["site"])
    assert site_settings.help_page_id == site_tree["help"].pk
    assert [link.page_id for link in site_settings.footer_links.all()] == [
        site_tree["about"].pk,
        site_tree["help"].pk,
    ]
    site_settings.phone = "048-111-1111"
    site_settings.save()
    load()
    assert SiteSettings.objects.count() == 1
    assert SiteSettings.objects.get().phone == "048-111-1111"
    footer = client.get("/ja/").content.decode().split('class="site-footer"')[1]
    assert '<a href="/ja/about/">このサイトについて</a>' in footer
    assert "プラットフォーム事務局（見本）" in footer
