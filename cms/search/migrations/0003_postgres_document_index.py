"""PostgreSQL: a GIN index on the whole indexed document (title || body).

modelsearch matches ``(title || body) @@ query``, but only indexes ``title`` and
``body`` separately, so PostgreSQL evaluated the query on every row: at 10,000
pages a search took about three times longer without this index
(tests/benchmarks/search_latency.py). Other databases are left alone.
"""

from django.db import migrations

INDEX = "sitesearch_indexentry_document_gin"


def _table(apps):
    return apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(_table(apps))
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table} USING gin ((title || body))"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("sitesearch", "0002_seed_distress_terms"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop)]
