"""PostgreSQL plans site searches with the document index (cms.search.planner)."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from cms.search.planner import document_index_preferred

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

DOCUMENT_INDEX = "sitesearch_indexentry_document_gin"


def random_page_cost():
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        return float(cursor.fetchone()[0])


def plan(sql, params):
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


@pytest.fixture
def common_word_index():
    """3,000 index entries of two types with long bodies, a tenth holding まれ.

    Like 孤立 at 10,000 pages: common enough that PostgreSQL's default costs
    make a full scan look cheaper than the document index.
    """
    content_type = ContentType.objects.get_for_model(Page)
    other_type = ContentType.objects.get_for_model(ContentType)
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO wagtailsearch_indexentry
                (content_type_id, object_id, title_norm, autocomplete, title, body,
                 title_text, body_text)
            SELECT CASE WHEN i %% 2 = 0 THEN %s ELSE %s END, 'planner-' || i,
                   1, ''::tsvector,
                   to_tsvector('simple', 'title ' || i),
                   to_tsvector('simple',
                       CASE WHEN i %% 10 = 0 THEN 'まれ ' ELSE '' END
                       || (SELECT string_agg(md5((i * 100 + j)::text), ' ')
                           FROM generate_series(1, 40) AS j)),
                   '', ''
            FROM generate_series(1, 3000) AS i
            """,
            [content_type.pk, other_type.pk],
        )
        cursor.execute("ANALYZE wagtailsearch_indexentry")
    return content_type


def test_a_common_word_is_looked_up_in_the_document_index(common_word_index):
    sql = (
        "SELECT id FROM wagtailsearch_indexentry WHERE content_type_id = %s "
        "AND (title || body) @@ to_tsquery('simple', %s)"
    )
    params = [common_word_index.pk, "まれ"]
    # Whether PostgreSQL's default costs choose a full scan here depends on
    # table statistics that outlive a test's transaction; the benchmark shows
    # it does at 10,000 pages (cms/search/planner.py).
    with document_index_preferred(connection.alias):
        assert DOCUMENT_INDEX in plan(sql, params)


def test_every_site_search_runs_with_the_index_friendly_costs():
    root = Page.get_first_root_node()
    root.add_child(instance=Page(title="孤立を防ぐ", slug="koritsu"))
    with CaptureQueriesContext(connection) as ctx:
        assert [p.slug for p in Page.objects.search("孤立")] == ["koritsu"]
    statements = [q["sql"] for q in ctx.captured_queries]
    [search] = [i for i, sql in enumerate(statements) if "@@" in sql]
    assert "random_page_cost" in " ".join(statements[:search])


def test_a_database_tuned_lower_keeps_its_own_value():
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL random_page_cost = 1.0")
    with document_index_preferred(connection.alias):
        assert random_page_cost() == 1.0


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_lower_cost_ends_with_the_search():
    before = random_page_cost()
    with document_index_preferred(connection.alias):
        assert random_page_cost() == 1.1
    assert random_page_cost() == before
