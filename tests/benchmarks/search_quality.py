"""Search quality on the demo content: recall@10, precision@10 and MRR.

Usage (against the database in your settings, after ``manage.py load_demo``):

    .venv/bin/python tests/benchmarks/search_quality.py [--verbose]

Each labelled query in ``tests/search/queries.json`` says which demo items a
resident would want for it, in one or both of two ways:

- ``expected``: items by "type:slug" (e.g. "event:kickoff-2023", "page:help");
- ``relevant_if``: spellings that make an item relevant, as a list of words that
  must all appear, each a list of accepted spellings, e.g.
  ``[["ひきこもり", "引きこもり", "引き籠もり"], ["相談"]]``. They are matched as
  plain substrings of the item's stored text (title, text fields, categories,
  municipality), independently of the search engine, so 150 demo organisations
  need not be listed one by one.

``distress`` says whether the help lines should open the page. A query with no
expected items must find nothing at all.

Items listed in ``expected`` are hand-picked: the page a resident typing that
query is looking for (孤立 → the platform's about page and its seminars).

- recall@10: share of the expected items found in the first ten results;
- precision@10: share of the first ten results that were expected (a query that
  finds nothing counts as fully precise; its misses show in recall);
- MRR: mean of 1 / rank of the first expected result;
- picked@10: over the queries with hand-picked items, the share of those items
  in the first ten results (the other measures let any relevant item stand in
  for them once more than ten are relevant).
"""

import json
import os
import sys
from pathlib import Path

QUERIES = Path(__file__).resolve().parent.parent / "search" / "queries.json"
TOP = 10


def load_queries(path=QUERIES):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)["queries"]


def hit_key(hit):
    return f"{hit.search_type.key}:{hit.obj.slug}"


def stored_texts(locale):
    """{"type:slug": normalised text} for every item a visitor may find."""
    from cms.search import analysis
    from cms.search.highlight import plain_text
    from cms.search.registry import available_types

    texts = {}
    for search_type in available_types():
        for obj in search_type.queryset(locale):
            parts = [search_type.title(obj)]
            parts += [plain_text(obj, attr) for attr in search_type.text_attrs]
            for relation in ("categories", "municipality"):
                related = getattr(obj, relation, None)
                if related is None:
                    continue
                if hasattr(related, "all"):
                    parts += [str(r) for r in related.all()]
                else:
                    parts.append(str(related))
            parts.append(getattr(obj, "name_kana", "") or "")
            key = f"{search_type.key}:{obj.slug}"
            texts[key] = analysis.normalize(" ".join(parts))
    return texts


def expected_for(item, texts):
    from cms.search import analysis

    expected = set(item.get("expected", []))
    groups = item.get("relevant_if")
    if groups:
        for key, text in texts.items():
            if all(
                any(analysis.normalize(spelling) in text for spelling in group)
                for group in groups
            ):
                expected.add(key)
    return expected


def evaluate(queries, language_code="ja"):
    """Run every labelled query; return (summary, per-query rows)."""
    from wagtail.models import Locale

    from cms.search import distress, results

    locale = Locale.objects.get(language_code=language_code)
    texts = stored_texts(locale)
    rows = []
    for item in queries:
        outcome = results.search(item["query"], locale)
        top = outcome.hits[:TOP]
        results.load_objects(top)
        found = [hit_key(hit) for hit in top]
        expected = expected_for(item, texts)
        picked = set(item.get("expected", []))
        relevant = [key for key in found if key in expected]
        recall = len(relevant) / min(len(expected), TOP) if expected else 1.0
        precision = len(relevant) / len(found) if found else 1.0
        rank = next((i for i, key in enumerate(found, 1) if key in expected), None)
        reciprocal = 1 / rank if rank else (1.0 if not expected and not found else 0)
        flagged = distress.is_distress(item["query"])
        rows.append(
            {
                "query": item["query"],
                "kind": item.get("kind", ""),
                "expected": len(expected),
                "recall": recall,
                "precision": precision,
                "rr": reciprocal,
                "found": found,
                "picked": len(picked),
                "picked_found": len(picked & set(found)) / len(picked) if picked else 1,
                "missing": sorted(expected - set(found)),
                "picked_missing": sorted(picked - set(found)),
                "unexpected": [key for key in found if key not in expected],
                "distress_ok": flagged == item.get("distress", False),
            }
        )
    count = len(rows) or 1
    picked = [r["picked_found"] for r in rows if r["picked"]]
    summary = {
        "queries": len(rows),
        "recall@10": sum(r["recall"] for r in rows) / count,
        "precision@10": sum(r["precision"] for r in rows) / count,
        "mrr": sum(r["rr"] for r in rows) / count,
        "picked@10": sum(picked) / len(picked) if picked else 1.0,
        "distress_accuracy": sum(r["distress_ok"] for r in rows) / count,
    }
    return summary, rows


def report(summary, rows, verbose=False, out=sys.stdout):
    for row in rows:
        flawed = row["unexpected"] or row["picked_missing"] or not row["distress_ok"]
        if verbose or flawed:
            out.write(
                f"{row['query']!r:24} [{row['kind']}] n={row['expected']} "
                f"R={row['recall']:.2f} "
                f"P={row['precision']:.2f} missing={row['missing']} "
                f"unexpected={row['unexpected']}"
                f"{' PICKED NOT FOUND ' if row['picked_missing'] else ''}"
                f"{row['picked_missing'] or ''}"
                f"{'' if row['distress_ok'] else ' DISTRESS FLAG WRONG'}\n"
            )
    out.write(
        "queries={queries} recall@10={recall@10:.3f} precision@10="
        "{precision@10:.3f} MRR={mrr:.3f} picked@10={picked@10:.3f} "
        "distress={distress_accuracy:.3f}\n".format(**summary)
    )


def main():
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    import django

    django.setup()
    summary, rows = evaluate(load_queries())
    report(summary, rows, verbose="--verbose" in sys.argv)


if __name__ == "__main__":
    main()
