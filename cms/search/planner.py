"""Let PostgreSQL use the document index for words that many pages contain.

The planner prices a sequential scan of the search index table by its heap
pages alone. Each row's document (``title || body``) is stored out of line
(TOAST) and must be fetched, decompressed and joined before ``@@`` can test it,
a cost the planner does not count. At 10,000 pages, for a word found in about a
tenth of them (孤立), it chose to read every row (29 ms) over the GIN index on
the document (3 ms). The slowest searches (95th percentile) took 100 ms instead
of 50 ms, and before autovacuum had visited the table after indexing, the median
took 54–64 ms instead of 39–41 ms (``tests/benchmarks/search_latency.py``,
PostgreSQL 15).

With ``random_page_cost`` at 1.1, the value PostgreSQL's documentation gives for
data that is cached or on SSDs, it takes the index. The value is lowered with
``SET LOCAL``, so it ends with the transaction the search runs in (its own,
unless the caller had opened one): queries of other requests are planned as
before, and a connection pooler in transaction mode never hands the setting on
to another client. A database already configured lower keeps its own value.

This module can go once the production database runs with a random_page_cost of
1.1 or less for every query (``ALTER DATABASE … SET random_page_cost = 1.1``).
"""

import contextlib

from django.db import connections, transaction

RANDOM_PAGE_COST = 1.1


@contextlib.contextmanager
def document_index_preferred(using):
    """Run the enclosed queries with a planner that prefers index scans."""
    with transaction.atomic(using=using, savepoint=False):
        with connections[using].cursor() as cursor:
            cursor.execute(
                "SELECT set_config('random_page_cost', LEAST("
                "current_setting('random_page_cost')::float, %s)::text, true)",
                [RANDOM_PAGE_COST],
            )
        yield
