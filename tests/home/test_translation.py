"""wagtail-localize: translations start as drafts and facts stay in sync."""

import datetime

import pytest
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import translate_object

from home.models import ArticlePage, HomePage

from .factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def notice(index):
    page = ArticlePageFactory(
        parent=index,
        title="研修のご案内",
        category="notice",
        date=datetime.date(2026, 10, 1),
        deadline=datetime.date(2026, 12, 20),
    )
    page.save_revision().publish()
    return page


def test_submitting_a_translation_creates_a_draft_not_a_live_page(
    client, notice, locales
):
    """What an editor's "Translate" button does: the new page waits for review."""
    translate_object(notice, [locales["en"]])
    translated = notice.get_translation(locales["en"])
    assert translated.live is False
    assert translated.has_unpublished_changes
    assert client.get("/en/articles/" + notice.slug + "/").status_code == 404
    # Its untranslated parent became a placeholder (an alias of the Japanese
    # index); it never poses as an English page but leads to the original.
    placeholder = notice.get_parent().get_translation(locales["en"])
    assert placeholder.alias_of_id == notice.get_parent().pk
    response = client.get("/en/articles/")
    assert response.status_code == 302
    assert response["Location"] == "/ja/articles/"


def test_updating_a_translation_never_publishes_it(notice, locales):
    source, _ = TranslationSource.get_or_create_from_instance(notice)
    translated, created = source.create_or_update_translation(
        locales["en"], publish=False, fallback=True, copy_parent_pages=True
    )
    assert created and translated.live is False
    source.update_from_db()
    translated, created = source.create_or_update_translation(
        locales["en"], publish=False, fallback=True, copy_parent_pages=True
    )
    assert not created
    translated.refresh_from_db()
    assert translated.live is False


@pytest.mark.parametrize("field", ["date", "category", "deadline", "hero_image"])
def test_facts_are_synchronised_not_translated(field):
    fields = {f.field_name: f for f in get_translatable_fields(ArticlePage)}
    assert isinstance(fields[field], SynchronizedField)
    assert not fields[field].is_translated(ArticlePage())


def test_facts_are_not_sent_to_translators(notice):
    source, _ = TranslationSource.get_or_create_from_instance(notice)
    paths = set(source.stringsegment_set.values_list("context__path", flat=True))
    assert "title" in paths
    assert "summary" in paths
    assert not paths & {"date", "category", "deadline"}


def test_a_changed_deadline_reaches_the_translation(notice, locales):
    source, _ = TranslationSource.get_or_create_from_instance(notice)
    source.create_or_update_translation(
        locales["en"], publish=False, fallback=True, copy_parent_pages=True
    )
    notice.deadline = datetime.date(2027, 1, 31)
    notice.category = "news"
    notice.save_revision().publish()
    source.update_from_db()
    translated, _ = source.create_or_update_translation(
        locales["en"], publish=False, fallback=True, copy_parent_pages=True
    )
    translated = ArticlePage.objects.get(pk=translated.pk)
    assert translated.deadline == datetime.date(2027, 1, 31)
    assert translated.category == "news"
    assert translated.date == notice.date


def test_home_page_text_is_translatable(home):
    fields = {f.field_name: f for f in get_translatable_fields(HomePage)}
    for name in ("hero_heading", "hero_message", "map_intro", "hero_image_alt"):
        assert not isinstance(fields[name], SynchronizedField), name


def test_table_cells_are_sent_for_translation_and_come_back(index, locales):
    from wagtail_localize.models import StringTranslation

    page = ArticlePageFactory(parent=index, title="研修の日程")
    page.body = [
        {
            "type": "table",
            "value": {
                "caption": "研修の日程",
                "table": {
                    "data": [
                        ["日付", "内容"],
                        ["12月10日", "傾聴の基礎"],
                        ["", "10:00"],
                    ],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                },
            },
        }
    ]
    page.save_revision().publish()
    source, _ = TranslationSource.get_or_create_from_instance(page)
    segments = list(source.stringsegment_set.select_related("string", "context"))
    texts = {segment.string.data for segment in segments}
    assert {"日付", "内容", "12月10日", "傾聴の基礎"} <= texts
    assert "10:00" not in texts  # nothing to translate in a time

    english = {"日付": "Date", "内容": "Topic", "傾聴の基礎": "Listening basics"}
    for segment in segments:
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locales["en"],
            context=segment.context,
            defaults={"data": english.get(segment.string.data, segment.string.data)},
        )
    translated, _ = source.create_or_update_translation(
        locales["en"], publish=False, copy_parent_pages=True
    )
    table = ArticlePage.objects.get(pk=translated.pk).body[0].value["table"]
    assert table["data"] == [
        ["Date", "Topic"],
        ["12月10日", "Listening basics"],
        ["", "10:00"],
    ]
