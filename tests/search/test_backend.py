"""The Japanese-aware database backend, on SQLite and PostgreSQL alike."""

import pytest
from django.core.management import call_command
from modelsearch.backends import get_search_backend
from wagtail.models import Page

from cms.models import HelpLine
from cms.search import backend as backend_module

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages():
    root = Page.get_first_root_node()
    made = {}
    for key, title in {
        "hikikomori": "ひきこもりの方とご家族の相談会",
        "platform": "埼玉県孤独・孤立対策官民連携プラットフォームについて",
        "shokudo": "みんなの子ども食堂",
        "volunteer": "ボランティア募集のお知らせ",
        "tokyo": "東京都の取り組み",
        "english": "Volunteering in Saitama",
        "tsunagaru": "地域とつながる居場所",
        "kawagoe": "川越市の相談窓口",
        "toda": "戸田市の居場所",
    }.items():
        made[key] = root.add_child(instance=Page(title=title, slug=key))
    return made


def found(query, queryset=None):
    queryset = Page.objects.all() if queryset is None else queryset
    return {page.slug for page in queryset.search(query)}


def test_backend_is_the_japanese_one():
    backend = get_search_backend()
    assert type(backend).__name__.startswith("Japanese")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("引きこもり", {"hikikomori"}),
        ("引き籠もり", {"hikikomori"}),
        ("孤立", {"platform"}),
        ("連携", {"platform"}),
        ("食堂", {"shokudo"}),
        ("こども食堂", {"shokudo"}),
        ("ﾎﾞﾗﾝﾃｨｱ", {"volunteer"}),
        ("京都", set()),
        ("孤立 食堂", set()),
        ("saitama", {"english"}),
        ("つながり", {"tsunagaru"}),
        ("の", set()),
        # Place names typed in hiragana, which the dictionary cuts up.
        ("かわごえ", {"kawagoe"}),
        ("とだし", {"toda"}),
        ("とだ 居場所", {"toda"}),
        ("居場所 など", {"tsunagaru", "toda"}),  # など is dropped, not required
    ],
)
def test_site_search_finds_japanese_words(pages, query, expected):
    assert found(query) == expected


def test_admin_autocomplete_finds_japanese_words(pages):
    assert {p.slug for p in Page.objects.autocomplete("孤立")} == {"platform"}
    assert {p.slug for p in Page.objects.autocomplete("ひきこもり")} == {"hikikomori"}


def test_fields_restriction_does_not_break_the_search(pages):
    """Snippet listings pass ``fields=``; it used to raise "no such column"."""
    backend = get_search_backend()
    results = backend.search("食堂", Page, fields=["title", "slug"])
    assert [p.slug for p in results] == ["shokudo"]


def test_snippets_are_indexed_on_save():
    HelpLine.objects.create(
        name="こころの電話（サンプル）", description="眠れない夜のご相談"
    )
    backend = get_search_backend()
    assert [h.name for h in backend.search("眠れない", HelpLine)] == [
        "こころの電話（サンプル）"
    ]


def test_update_index_rebuilds_with_analysed_text(pages):
    from modelsearch.conf import get_app_config

    get_app_config().get_model("IndexEntry").objects.all().delete()
    assert found("孤立") == set()
    call_command("update_index", verbosity=0)
    assert found("孤立") == {"platform"}


def test_sqlite_fts_is_rechecked_until_the_table_exists(monkeypatch):
    """A search before migrate must not pin the substring fallback forever."""
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    from modelsearch.backends.database.sqlite import utils

    monkeypatch.setattr(backend_module, "_fts_ready", False)
    monkeypatch.setattr(utils, "fts_table_exists", lambda: False)
    assert type(get_search_backend()).__name__ == "DatabaseSearchBackend"
    monkeypatch.undo()
    monkeypatch.setattr(backend_module, "_fts_ready", False)
    assert type(get_search_backend()).__name__.startswith("Japanese")


@pytest.mark.postgres
def test_postgres_uses_the_simple_configuration():
    assert get_search_backend().config == "simple"


@pytest.mark.postgres
def test_postgres_has_a_gin_index_on_the_whole_document():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = %s",
            ["sitesearch_indexentry_document_gin"],
        )
        (definition,) = cursor.fetchone()
    assert "gin" in definition
    assert "title || body" in definition


@pytest.mark.postgres
def test_postgres_search_does_not_send_the_matched_document(pages):
    """The document is needed to filter on, not in the rows: selecting it
    doubled the cost of a search at 10,000 pages."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        assert found("孤立") == {"platform"}
        assert {p.slug for p in Page.objects.autocomplete("孤立")} == {"platform"}
    searches = [q["sql"] for q in ctx.captured_queries if "@@" in q["sql"]]
    assert len(searches) == 2
    for sql in searches:
        select_list = sql.split(" FROM ", 1)[0]
        assert "_vector_" not in select_list
