"""A database search backend that understands Japanese.

``WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "cms.search.backend"`` picks, like
``modelsearch.backends.database``, the PostgreSQL (tsvector) or SQLite (FTS5)
backend for the default database, and wraps it so that:

- every indexed text is analysed by :mod:`cms.search.analysis` before the database
  sees it, and every query string through the same analyser;
- a query means "all of the visitor's words"; each word matches by its normalised
  form, its compound parts or, for kana, its reading;
- ``fields=`` restrictions (snippet listings in the admin pass them) search the
  whole indexed text instead of raising "no such column" on SQLite or bypassing
  the analysed index on PostgreSQL.

Nothing else in the project calls this module: switching the setting to
OpenSearch or Elasticsearch with a kuromoji or Sudachi analyser needs no code
change (see the commented example in ``cms/settings/base.py``).

Unlike ``modelsearch.backends.database`` this module does not remember a missing
FTS5 table for the life of the process: a first search before ``migrate`` would
otherwise leave the site on the substring fallback until restarted.
"""

import functools
import types

from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.utils.encoding import force_str
from modelsearch.backends.base import EmptySearchResults
from modelsearch.query import And, Or, PlainText

from . import analysis, planner

_fts_ready = False


def _plain(value):
    """Flatten an indexed value the way modelsearch does, before analysis."""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return ", ".join(_plain(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(_plain(item) for item in value.values())
    return force_str(value)


class JapaneseIndexerMixin:
    """Hands the database analysed tokens instead of the raw text."""

    def prepare_value(self, value):
        # modelsearch asks for each field several times (vector, plain text,
        # autocomplete): analyse each distinct text once per object.
        text = _plain(value)
        analysed = self.__dict__.setdefault("_analysed", {})
        if text not in analysed:
            analysed[text] = analysis.index_text(text)
        return analysed[text]


def _global_names(code):
    """Names a code object and its nested comprehensions look up."""
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= _global_names(const)
    return names


def _with_indexer(function, indexer_class):
    """A copy of ``function`` that builds ``indexer_class`` objects.

    modelsearch's ``add_items`` instantiates the module-level ``ObjectIndexer``
    by name and offers no hook to replace it; copying the method with that one
    global swapped keeps the upstream logic instead of duplicating 80 lines.
    Fails loudly if a future modelsearch renames the class.
    """
    if "ObjectIndexer" not in _global_names(function.__code__):
        raise ImproperlyConfigured(
            "modelsearch's add_items no longer uses ObjectIndexer; "
            "cms.search.backend needs updating."
        )
    namespace = dict(function.__globals__, ObjectIndexer=indexer_class)
    copy = types.FunctionType(
        function.__code__,
        namespace,
        function.__name__,
        function.__defaults__,
        function.__closure__,
    )
    copy.__kwdefaults__ = function.__kwdefaults__
    copy.__doc__ = function.__doc__
    return copy


def build_query(query, *, operator="and"):
    """Turn a query string into analysed modelsearch query objects.

    Returns ``None`` when nothing searchable is left (only particles or
    punctuation).
    """
    words = analysis.analyse_query(query)
    if not words:
        return None
    built = []
    for word in words:
        unit_queries = []
        for unit in word.units:
            alternatives = [
                PlainText(" ".join(tokens), operator="and")
                for tokens in unit.alternatives
            ]
            unit_queries.append(
                alternatives[0] if len(alternatives) == 1 else Or(alternatives)
            )
        word_queries = []
        if unit_queries:
            word_queries.append(
                unit_queries[0] if len(unit_queries) == 1 else And(unit_queries)
            )
        if word.whole:
            word_queries.append(PlainText(word.whole))
        built.append(word_queries[0] if len(word_queries) == 1 else Or(word_queries))
    if len(built) == 1:
        return built[0]
    return Or(built) if operator == "or" else And(built)


class JapaneseQueryMixin:
    """Analyses query strings before the database backend compiles them."""

    def _analysed(self, query, operator):
        if isinstance(query, str):
            return build_query(query, operator=operator or "and")
        if isinstance(query, PlainText):
            return build_query(query.query_string, operator=query.operator)
        return query

    def search(self, query, model_or_queryset, fields=None, operator=None, **kwargs):
        query = self._analysed(query, operator)
        if query is None:
            return EmptySearchResults()
        return super().search(query, model_or_queryset, fields=None, **kwargs)

    def autocomplete(
        self, query, model_or_queryset, fields=None, operator=None, **kwargs
    ):
        query = self._analysed(query, operator)
        if query is None:
            return EmptySearchResults()
        return super().autocomplete(query, model_or_queryset, fields=None, **kwargs)


def _without_document(queryset):
    """``queryset`` without the matched document in its SELECT list.

    modelsearch's PostgreSQL compiler annotates ``_vector_`` (title || body)
    only to filter on it; selecting it too made PostgreSQL build and send every
    result's whole tsvector, a third of the search's time at 10,000 pages
    (tests/benchmarks/search_latency.py). Masking is what ``QuerySet.alias()``
    does.
    """
    selected = set(queryset.query.annotation_select)
    if "_vector_" not in selected:
        return queryset
    queryset = queryset.all()
    queryset.query.set_annotation_mask(selected - {"_vector_"})
    return queryset


class DocumentNotSelectedMixin:
    def _apply_ordering_and_scoring(self, queryset, *args, **kwargs):
        return super()._apply_ordering_and_scoring(
            _without_document(queryset), *args, **kwargs
        )


class DocumentIndexPreferredMixin:
    """Runs each PostgreSQL search with a planner that uses the document index
    (see :mod:`cms.search.planner`)."""

    def _do_search(self):
        with planner.document_index_preferred(self.query_compiler.queryset.db):
            return super()._do_search()

    def _do_count(self):
        with planner.document_index_preferred(self.query_compiler.queryset.db):
            return super()._do_count()


@functools.cache
def _sqlite_backend_class():
    from modelsearch.backends.database.sqlite import sqlite

    class JapaneseSQLiteObjectIndexer(JapaneseIndexerMixin, sqlite.ObjectIndexer):
        pass

    class JapaneseSQLiteIndex(sqlite.SQLiteIndex):
        add_items = _with_indexer(
            sqlite.SQLiteIndex.add_items, JapaneseSQLiteObjectIndexer
        )

    class JapaneseSQLiteSearchBackend(JapaneseQueryMixin, sqlite.SQLiteSearchBackend):
        index_class = JapaneseSQLiteIndex

    return JapaneseSQLiteSearchBackend


@functools.cache
def _postgres_backend_class():
    from modelsearch.backends.database.postgres import postgres

    class JapanesePostgresObjectIndexer(JapaneseIndexerMixin, postgres.ObjectIndexer):
        pass

    class JapanesePostgresIndex(postgres.PostgresIndex):
        add_items = _with_indexer(
            postgres.PostgresIndex.add_items, JapanesePostgresObjectIndexer
        )

    class JapanesePostgresSearchQueryCompiler(
        DocumentNotSelectedMixin, postgres.PostgresSearchQueryCompiler
    ):
        pass

    class JapanesePostgresAutocompleteQueryCompiler(
        DocumentNotSelectedMixin, postgres.PostgresAutocompleteQueryCompiler
    ):
        pass

    class JapanesePostgresSearchResults(
        DocumentIndexPreferredMixin, postgres.PostgresSearchResults
    ):
        pass

    class JapanesePostgresSearchBackend(
        JapaneseQueryMixin, postgres.PostgresSearchBackend
    ):
        index_class = JapanesePostgresIndex
        results_class = JapanesePostgresSearchResults
        query_compiler_class = JapanesePostgresSearchQueryCompiler
        autocomplete_query_compiler_class = JapanesePostgresAutocompleteQueryCompiler

    return JapanesePostgresSearchBackend


def SearchBackend(params):  # noqa: N802 - the name modelsearch looks for
    """The Japanese-aware backend for the default database's vendor."""
    global _fts_ready
    if connection.vendor == "postgresql":
        # The analyser has already normalised every token: a stemming
        # configuration ("english", the server default) would only mangle them.
        return _postgres_backend_class()({"SEARCH_CONFIG": "simple", **params})
    if connection.vendor == "sqlite":
        if not _fts_ready:
            from modelsearch.backends.database.sqlite.utils import (
                fts5_available,
                fts_table_exists,
            )

            _fts_ready = fts5_available() and fts_table_exists()
        if _fts_ready:
            return _sqlite_backend_class()(params)
    # Substring matching on the raw text already handles Japanese.
    from modelsearch.backends.database.fallback import DatabaseSearchBackend

    return DatabaseSearchBackend(params)
