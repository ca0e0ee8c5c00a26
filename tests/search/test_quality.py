"""Search quality on the demo content, against the labelled queries."""

import io

import pytest
from django.core.management import call_command

from tests.benchmarks.search_quality import evaluate, load_queries, report

pytestmark = pytest.mark.django_db


def test_labelled_queries_reach_the_quality_bar():
    call_command("load_demo", stdout=io.StringIO())
    queries = load_queries()
    assert len(queries) >= 60
    summary, rows = evaluate(queries)
    out = io.StringIO()
    report(summary, rows, out=out)
    assert summary["recall@10"] >= 0.95, out.getvalue()
    assert summary["precision@10"] >= 0.8, out.getvalue()
    assert summary["picked@10"] >= 0.95, out.getvalue()
    assert summary["distress_accuracy"] == 1.0, out.getvalue()
