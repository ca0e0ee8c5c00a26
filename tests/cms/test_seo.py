"""What search engines and link previews read: meta tags, JSON-LD, sitemap, robots."""

import json
import re
from xml.etree import ElementTree

import pytest

from cms.models import SiteSettings, SocialLink

pytestmark = pytest.mark.django_db


def head_of(client, path):
    html = client.get(path).content.decode()
    return html[: html.index("</head>")]


def json_ld(head):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', head, re.S)
    assert match, "no JSON-LD in <head>"
    return json.loads(match.group(1))


def test_page_has_description_canonical_and_alternates(client, site_tree):
    about = site_tree["about"]
    about.search_description = "4つの機能を紹介します。"
    about.save_revision().publish()
    head = head_of(client, "/ja/about/")
    assert '<meta name="description" content="4つの機能を紹介します。">' in head
    assert '<link rel="canonical" href="http://localhost/ja/about/">' in head
    assert (
        '<link rel="alternate" hreflang="ja" href="http://localhost/ja/about/">' in head
    )
    assert (
        '<link rel="alternate" hreflang="en" href="http://localhost/en/about/">' in head
    )
    assert (
        '<link rel="alternate" hreflang="x-default" href="http://localhost/ja/about/">'
        in head
    )


def test_description_falls_back_to_the_page_introduction(client, site_tree):
    news = site_tree["news"]
    news.intro = "新しいお知らせを掲載しています。"
    news.save_revision().publish()
    head = head_of(client, "/ja/news/")
    assert (
        '<meta name="description" content="新しいお知らせを掲載しています。">' in head
    )
    assert (
        '<meta property="og:description" content="新しいお知らせを掲載しています。">'
        in head
    )


def test_untranslated_page_lists_only_its_own_language(client, site_tree):
    head = head_of(client, "/ja/news/")
    assert 'hreflang="en"' not in head
    assert 'hreflang="ja"' in head


def test_open_graph_and_twitter_card(client, site_tree):
    head = head_of(client, "/en/about/")
    assert '<meta property="og:title" content="About">' in head
    assert '<meta property="og:locale" content="en_US">' in head
    assert '<meta property="og:url" content="http://localhost/en/about/">' in head
    assert '<meta property="og:type" content="article">' in head
    assert '<meta name="twitter:card" content="summary">' in head


def test_json_ld_describes_the_platform_and_its_search(client, site_tree):
    site_settings = SiteSettings.for_site(site_tree["site"])
    site_settings.phone = "048-000-0000"
    site_settings.email = "info@example.jp"
    site_settings.address = "さいたま市浦和区高砂3-15-1"
    site_settings.save()
    SocialLink.objects.create(
        settings=site_settings, network="x", url="https://x.com/example"
    )
    graph = json_ld(head_of(client, "/ja/"))["@graph"]
    organisation, website = graph
    assert organisation["@type"] == "GovernmentOrganization"
    assert organisation["name"] == "埼玉県孤独・孤立対策官民連携プラットフォーム"
    assert organisation["telephone"] == "048-000-0000"
    assert organisation["sameAs"] == ["https://x.com/example"]
    assert organisation["address"]["addressRegion"] == "埼玉県"
    assert website["@type"] == "WebSite"
    action = website["potentialAction"]
    assert action["target"]["urlTemplate"] == (
        "http://localhost/ja/search/?q={search_term_string}"
    )


def test_json_ld_cannot_be_closed_by_page_text(client, site_tree):
    site_settings = SiteSettings.for_site(site_tree["site"])
    site_settings.organisation_name = "</script><script>alert(1)</script>"
    site_settings.save()
    head = head_of(client, "/ja/")
    assert "<script>alert(1)" not in head
    data = json_ld(head)
    assert data["@graph"][0]["name"] == "</script><script>alert(1)</script>"


def test_sitemap_lists_pages_in_every_language(client, site_tree):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ElementTree.fromstring(response.content)  # noqa: S314 (our own XML)
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = {node.text for node in tree.findall("s:url/s:loc", namespace)}
    assert {
        "http://localhost/ja/",
        "http://localhost/ja/about/",
        "http://localhost/en/",
        "http://localhost/en/about/",
    } <= locations
    site_tree["news"].unpublish()
    response = client.get("/sitemap.xml")
    assert b"/ja/news/" not in response.content


def test_robots_points_at_the_sitemap_and_keeps_out_of_the_admin(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_footer_shows_contact_policies_and_social_links(client, site_tree):
    from cms.models import FooterLink

    site_settings = SiteSettings.for_site(site_tree["site"])
    site_settings.privacy_page = site_tree["about"]
    site_settings.phone = "048-000-0000"
    site_settings.save()
    FooterLink.objects.create(settings=site_settings, page=site_tree["news"])
    FooterLink.objects.create(
        settings=site_settings, url="https://www.pref.saitama.lg.jp/", title="埼玉県"
    )
    SocialLink.objects.create(
        settings=site_settings, network="line", url="https://line.example.jp/"
    )
    html = client.get("/en/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    assert '<a href="/ja/news/">お知らせ</a>' in footer  # no English version yet
    assert '<a href="https://www.pref.saitama.lg.jp/">埼玉県</a>' in footer
    assert '<a href="/en/about/">About</a>' in footer  # the privacy page, translated
    assert 'href="tel:0480000000"' in footer
    assert '<a href="https://line.example.jp/" rel="noopener me">LINE</a>' in footer


@pytest.fixture
def hero_home(site_tree, settings, tmp_path):
    from wagtail_factories import ImageFactory

    settings.MEDIA_ROOT = tmp_path
    home = site_tree["home"]
    home.hero_image = ImageFactory(title="公民館")
    home.hero_image_alt = "公民館でお茶を飲みながら話す人たち"
    home.save_revision().publish()
    return home


def test_share_image_comes_from_the_hero_image(client, hero_home):
    head = head_of(client, "/ja/")
    assert re.search(
        r'<meta property="og:image" content="http://testserver/[^"]+fill-1200x630', head
    )
    assert (
        '<meta property="og:image:alt" content="公民館でお茶を飲みながら話す人たち">'
        in head
    )
    assert '<meta name="twitter:card" content="summary_large_image">' in head


def test_missing_image_file_does_not_break_the_page(client, hero_home):
    hero_home.hero_image.file.storage.delete(hero_home.hero_image.file.name)
    response = client.get("/ja/")
    assert response.status_code == 200
    assert '<meta name="twitter:card" content="summary">' in response.content.decode()
