"""Japanese searches in the admin: page search and every snippet listing."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.snippets.models import get_snippet_models

from cms.search.models import DistressTerm

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser(
        "admin-search", "admin@example.jp", "pw"
    )
    client.force_login(user)
    return client


def test_page_search_finds_japanese_words(admin_client, site):
    """The admin page search matches titles; spelling variants meet there too."""
    url = reverse("wagtailadmin_pages:search")
    response = admin_client.get(url, {"q": "引きこもり"})
    assert response.status_code == 200
    found = {page.pk for page in response.context["pages"]}
    assert site["old_news"].pk in found
    assert site["next_event"].pk in found
    response = admin_client.get(url, {"q": "プラットフォーム"})
    assert {page.pk for page in response.context["pages"]} == {site["about"].pk}


@pytest.mark.parametrize("query", ["日本語", "食堂", "ﾎﾞﾗﾝﾃｨｱ", "a", "%_'\""])
def test_every_snippet_listing_search_answers(admin_client, site, query):
    models = get_snippet_models()
    assert models, "no snippets registered"
    for model in models:
        url = reverse(model.snippet_viewset.get_url_name("list"))
        response = admin_client.get(url, {"q": query})
        assert response.status_code == 200, f"{model.__name__}: {response.status_code}"


def test_snippet_listing_search_finds_japanese(admin_client, site):
    url = reverse(DistressTerm.snippet_viewset.get_url_name("list"))
    response = admin_client.get(url, {"q": "死にたい"})
    assert "死にたい" in response.content.decode()
    from organisations.models import Organisation

    url = reverse(Organisation.snippet_viewset.get_url_name("list"))
    html = admin_client.get(url, {"q": "食堂"}).content.decode()
    assert "みんなの子ども食堂" in html


def test_search_report_lists_popular_and_unanswered_queries(admin_client, site):
    admin_client.get("/ja/search/", {"q": "ひきこもり"})
    admin_client.get("/ja/search/", {"q": "見つからないことば"})
    response = admin_client.get(reverse("site_search_report"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "ひきこもり" in html
    assert "見つからないことば" in html


def test_search_report_needs_permission(client, site):
    user = get_user_model().objects.create_user("editor", "e@example.jp", "pw")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(reverse("site_search_report")).status_code in {302, 403}


def test_image_and_document_listings_find_japanese_titles(
    admin_client, site, settings, tmp_path
):
    """Images and documents are searched through the site's index, not by
    substring: their titles must be analysed like pages'."""
    settings.MEDIA_ROOT = tmp_path
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.documents.models import Document
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    Image.objects.create(title="子ども食堂の様子", file=get_test_image_file())
    Document.objects.create(
        title="ひきこもり支援の手引き",
        file=SimpleUploadedFile("tebiki.txt", b"text"),
    )
    images = admin_client.get(reverse("wagtailimages:index"), {"q": "こども"})
    assert "子ども食堂の様子" in images.content.decode()
    documents = admin_client.get(reverse("wagtaildocs:index"), {"q": "引きこもり"})
    assert "ひきこもり支援の手引き" in documents.content.decode()
    nothing = admin_client.get(reverse("wagtailimages:index"), {"q": "京都"})
    assert "子ども食堂の様子" not in nothing.content.decode()


def test_help_line_listing_finds_lines_by_their_hours(admin_client, site):
    """Staff look for the night lines as residents do: by when they answer."""
    from cms.models import HelpLine

    HelpLine.objects.create(name="こころの電話（サンプル）", hours="夜間 22時〜翌6時")
    HelpLine.objects.create(name="くらしの相談（サンプル）", hours="平日 9時〜17時")
    url = reverse(HelpLine.snippet_viewset.get_url_name("list"))
    html = admin_client.get(url, {"q": "夜間"}).content.decode()
    assert "こころの電話（サンプル）" in html
    assert "くらしの相談（サンプル）" not in html
