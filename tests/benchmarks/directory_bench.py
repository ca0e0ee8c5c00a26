"""Time the support map at 2,000 organisations: list, detail page, GeoJSON.

Run on a throwaway database (it creates 2,000 organisations and deletes them
afterwards), e.g.:

    DATABASE_URL=sqlite:////tmp/bench.sqlite3 .venv/bin/python manage.py migrate
    DATABASE_URL=sqlite:////tmp/bench.sqlite3 .venv/bin/python \
        tests/benchmarks/directory_bench.py

Prints the median time of each page over several requests, its SQL query
count, and the size of the GeoJSON.
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Site  # noqa: E402

from organisations.models import DirectoryPage, Organisation  # noqa: E402
from tests.organisations.factories import bulk_organisations  # noqa: E402

COUNT = 2000
REPEAT = 7
START = 900_000  # far from demo slugs


def measure(client, url):
    client.get(url, HTTP_HOST="127.0.0.1")  # warm caches
    times = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        response = client.get(url, HTTP_HOST="127.0.0.1")
        times.append(time.perf_counter() - started)
    with CaptureQueriesContext(connection) as queries:
        client.get(url, HTTP_HOST="127.0.0.1")
    assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times), len(queries), len(response.content)


def main():
    site = Site.objects.get(is_default_site=True)
    directory = (
        DirectoryPage.objects.live().filter(locale=site.root_page.locale).first()
    )
    created_page = directory is None
    if created_page:
        directory = DirectoryPage(title="支援団体マップ", slug="bench-map")
        site.root_page.add_child(instance=directory)
        directory.save_revision().publish()
    created = bulk_organisations(COUNT, start=START)
    try:
        total = Organisation.objects.filter(live=True).count()
        url = directory.url
        client = Client()
        rows = [
            ("directory page", url),
            ("directory, filtered", url + "?category=hikikomori&open_now=1"),
            ("directory, near me", url + "?near=35.9,139.5"),
            ("detail page", url + f"bulk-{START + 5}/"),
            ("GeoJSON", url + "organisations.geojson"),
            ("CSV", url + "organisations.csv"),
        ]
        print(f"{total} live organisations, {connection.vendor}, median of {REPEAT}")
        for label, path in rows:
            seconds, queries, size = measure(client, path)
            print(
                f"{label:22} {seconds * 1000:8.1f} ms  {queries:3d} queries  "
                f"{size / 1024:8.1f} KiB"
            )
    finally:
        Organisation.objects.filter(pk__in=[o.pk for o in created]).delete()
        if created_page:
            directory.delete()


if __name__ == "__main__":
    main()
