"""Search latency and indexing throughput at 10,000 pages + 2,000 organisations.

Runs against a PostgreSQL database of its own, which it creates (and drops if it
exists), migrates and fills with synthetic Japanese content:

    .venv/bin/python tests/benchmarks/search_latency.py \
        --database postgres://postgres@127.0.0.1:5432/search_bench

Reports the indexing throughput (documents per second, analysis included) and the
median and 95th percentile of: the search alone (every type, ordered, as the
search page does it) and the whole search page (view + template) through Django's
test client, both with the search result cache off (every query searched anew),
and the search page for a query repeated within SITE_SEARCH_CACHE_SECONDS.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

WORDS = [
    "孤独",
    "孤立",
    "相談",
    "窓口",
    "居場所",
    "子ども食堂",
    "ひきこもり",
    "家族会",
    "ボランティア",
    "地域",
    "支援",
    "高齢者",
    "見守り",
    "生活困窮",
    "就労",
    "学習支援",
    "不登校",
    "ヤングケアラー",
    "子育て",
    "介護",
    "障害",
    "外国人",
    "サロン",
    "傾聴",
    "電話相談",
    "訪問",
    "研修",
    "セミナー",
    "ワークショップ",
    "交流会",
    "社会福祉協議会",
    "民生委員",
    "フードバンク",
    "食料支援",
    "心の健康",
    "つながり",
    "仲間",
    "趣味",
    "散歩",
    "体操",
    "料理",
    "読書会",
    "オンライン",
    "無料",
    "予約",
    "申込",
    "お知らせ",
    "報告",
    "募集",
    "連携",
    "官民",
    "プラットフォーム",
]
PHRASES = [
    "{a}について、{b}と一緒に考えます。",
    "{a}の方も、{b}を探している方も、お気軽にどうぞ。",
    "毎月{n}回、{place}で{a}の集まりを開いています。",
    "{place}の{a}では、{b}に関する相談を受け付けています。",
    "{a}・{b}対策として、{c}を進めています。",
]


def sentence(rng, places):
    return rng.choice(PHRASES).format(
        a=rng.choice(WORDS),
        b=rng.choice(WORDS),
        c=rng.choice(WORDS),
        n=rng.randint(1, 4),
        place=rng.choice(places),
    )


def text(rng, places, sentences):
    return "".join(sentence(rng, places) for _ in range(sentences))


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def setup_database(url):
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    # Index in bulk afterwards, so creation and indexing are timed apart.
    settings.WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = False
    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)


def setup_existing(url):
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["*"]


def build(pages, organisations, rng):
    from wagtail.models import Locale, Page, Site

    from home.models import ArticleIndexPage, ArticlePage, HomePage, StandardPage
    from organisations.models import Municipality, Organisation

    locale = Locale.objects.get_or_create(language_code="ja")[0]
    municipalities = list(Municipality.objects.all())
    places = [m.name for m in municipalities] or ["川越市"]
    root = Page.get_first_root_node()
    site = Site.objects.get(is_default_site=True)
    old = site.root_page
    home = root.add_child(
        instance=HomePage(
            title="ホーム",
            slug="home-ja",
            locale=locale,
            hero_heading="ようこそ",
            hero_message="ひとりで抱えこまないで。",
        )
    )
    site.root_page = home
    site.save()
    old.delete()
    articles = home.add_child(instance=ArticleIndexPage(title="お知らせ", slug="news"))
    started = time.perf_counter()
    # Tree inserts one by one (treebeard, revisions, reference index) would take
    # over an hour here: write the page rows in bulk, as a fixture load would.
    plan = {home: [], articles: []}
    for n in range(pages):
        body = [{"type": "paragraph", "value": f"<p>{text(rng, places, 6)}</p>"}]
        title = f"{rng.choice(WORDS)}と{rng.choice(WORDS)}のお知らせ {n}"
        if n % 2:
            plan[articles].append(
                ArticlePage(
                    title=title, slug=f"a-{n}", summary=sentence(rng, places), body=body
                )
            )
        else:
            plan[home].append(
                StandardPage(
                    title=title, slug=f"p-{n}", intro=sentence(rng, places), body=body
                )
            )
    for parent, children in plan.items():
        _bulk_children(parent, children, locale)
    Organisation.objects.bulk_create(
        [
            Organisation(
                name=f"{rng.choice(places)}{rng.choice(WORDS)}の会（架空）{n}",
                name_kana="かくう",
                slug=f"o-{n}",
                locale=locale,
                municipality=rng.choice(municipalities) if municipalities else None,
                description=text(rng, places, 3),
                address=f"{rng.choice(places)}1-2-3",
                live=True,
            )
            for n in range(organisations)
        ],
        batch_size=500,
    )
    return time.perf_counter() - started


def _bulk_children(parent, children, locale):
    """Insert ``children`` under ``parent``: base rows in bulk, then own rows."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    parent.refresh_from_db()
    first = parent.numchild + 1
    bases = []
    for offset, child in enumerate(children):
        bases.append(
            Page(
                title=child.title,
                draft_title=child.title,
                slug=child.slug,
                content_type=ContentType.objects.get_for_model(child),
                path=Page._get_path(parent.path, parent.depth + 1, first + offset),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{child.slug}/",
                locale=locale,
                live=True,
                has_unpublished_changes=False,
            )
        )
    Page.objects.bulk_create(bases, batch_size=1000)
    for base, child in zip(bases, children, strict=True):
        child.page_ptr_id = base.pk
        child.pk = base.pk
        child.save_base(raw=True)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(children))


def index_all():
    from modelsearch.backends import get_search_backend

    from home.models import ArticlePage, StandardPage
    from organisations.models import Organisation

    backend = get_search_backend()
    documents = 0
    started = time.perf_counter()
    for model in (ArticlePage, StandardPage, Organisation):
        queryset = model.objects.order_by("pk")
        for start in range(0, queryset.count(), 500):
            chunk = list(queryset[start : start + 500])
            backend.add_bulk(model, chunk)
            documents += len(chunk)
    return documents, time.perf_counter() - started


QUERIES = [
    "孤立",
    "相談",
    "子ども食堂",
    "食堂",
    "ひきこもり",
    "引きこもり",
    "ボランティア",
    "ﾎﾞﾗﾝﾃｨｱ",
    "居場所 川越市",
    "家族会",
    "学習支援 不登校",
    "フードバンク",
    "見守り 高齢者",
    "存在しないことば",
    "さいたま市 相談 窓口",
]


def _time_page(client, query):
    started = time.perf_counter()
    response = client.get("/ja/search/", {"q": query})
    assert response.status_code == 200
    return time.perf_counter() - started


def measure(runs):
    from django.conf import settings
    from django.test import Client
    from wagtail.models import Locale

    from cms.search import results

    locale = Locale.objects.get(language_code="ja")
    client = Client()
    search_times, page_times, cached_times, counts = [], [], [], {}
    cache_seconds = getattr(settings, "SITE_SEARCH_CACHE_SECONDS", 60)
    settings.SITE_SEARCH_CACHE_SECONDS = 0
    for query in QUERIES:  # warm up
        results.search(query, locale)
    for _ in range(runs):
        for query in QUERIES:
            started = time.perf_counter()
            outcome = results.search(query, locale)
            search_times.append(time.perf_counter() - started)
            counts[query] = f"{outcome.total}{'+' if outcome.more else ''}"
            page_times.append(_time_page(client, query))
    settings.SITE_SEARCH_CACHE_SECONDS = cache_seconds
    for query in QUERIES:  # fill the cache
        _time_page(client, query)
    for _ in range(runs):
        cached_times.extend(_time_page(client, query) for query in QUERIES)
    return search_times, page_times, cached_times, counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, help="postgres://… (recreated)")
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--organisations", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--measure-only",
        action="store_true",
        help="reuse a database filled by an earlier run; only time the searches",
    )
    args = parser.parse_args()
    if not args.database.startswith("postgres"):
        parser.error("the benchmark is for PostgreSQL")
    if args.measure_only:
        setup_existing(args.database)
        settle()
        report_latency(args.runs)
        return
    setup_database(args.database)
    rng = random.Random(6)
    created = build(args.pages, args.organisations, rng)
    print(
        f"created {args.pages} pages + {args.organisations} organisations "
        f"in {created:.0f} s"
    )
    documents, seconds = index_all()
    print(
        f"indexed {documents} documents in {seconds:.1f} s: "
        f"{documents / seconds:.0f} documents/s"
    )
    settle()
    report_latency(args.runs)


def settle():
    """Clear dead rows and gather statistics, as autovacuum does on a live site.

    Indexing rewrites every index entry; timed before a vacuum, the searches
    read the dead rows too (p95 100 ms instead of 60 ms at 10,000 pages).
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def report_latency(runs):
    search_times, page_times, cached_times, counts = measure(runs)
    for label, times in (
        ("search (all types, ordered)", search_times),
        ("search page (view + template)", page_times),
        ("search page, repeated query (cached)", cached_times),
    ):
        median = statistics.median(times) * 1000
        p95 = percentile(times, 0.95) * 1000
        print(f"{label}: median {median:.1f} ms, p95 {p95:.1f} ms ({len(times)} runs)")
    for query, count in counts.items():
        print(f"  {query!r}: {count} results")


if __name__ == "__main__":
    main()
