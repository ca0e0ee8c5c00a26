"""Seed the 10 regions, 63 municipalities and the starting support categories."""

import csv
import uuid
from pathlib import Path

from django.conf import settings
from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data" / "saitama_municipalities.csv"

REGION_SLUGS = {
    "南部地域": "nanbu",
    "南西部地域": "nanseibu",
    "東部地域": "tobu",
    "さいたま地域": "saitama",
    "県央地域": "kenou",
    "川越比企地域": "kawagoe-hiki",
    "西部地域": "seibu",
    "利根地域": "tone",
    "北部地域": "hokubu",
    "秩父地域": "chichibu",
}

CATEGORIES = [
    ("ibasho", "居場所"),
    ("consultation", "相談窓口"),
    ("children-youth", "子ども・若者"),
    ("parenting", "子育て"),
    ("older-people", "高齢者"),
    ("disability", "障害"),
    ("poverty", "生活困窮"),
    ("hikikomori", "ひきこもり"),
    ("school-refusal", "不登校"),
    ("employment", "就労支援"),
    ("food", "食支援"),
    ("foreign-residents", "外国人支援"),
    ("mental-health", "こころの健康・自殺対策"),
    ("abuse-dv", "DV・虐待"),
    ("volunteering", "ボランティア"),
    ("community", "地域活動"),
]


def seed(apps, schema_editor):
    Region = apps.get_model("organisations", "Region")
    Municipality = apps.get_model("organisations", "Municipality")
    SupportCategory = apps.get_model("organisations", "SupportCategory")
    Locale = apps.get_model("wagtailcore", "Locale")

    for order, (name, slug) in enumerate(REGION_SLUGS.items()):
        Region.objects.update_or_create(
            slug=slug, defaults={"name": name, "sort_order": order}
        )
    regions = {region.name: region for region in Region.objects.all()}
    with DATA.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            Municipality.objects.update_or_create(
                code=row["code"],
                defaults={
                    "name": row["name"],
                    "name_kana": row["name_kana"],
                    "kind": row["kind"],
                    "region": regions[row["region"]],
                    "office_latitude": float(row["office_lat"]),
                    "office_longitude": float(row["office_lng"]),
                },
            )

    locale, _created = Locale.objects.get_or_create(
        language_code=settings.LANGUAGE_CODE
    )
    for order, (slug, name) in enumerate(CATEGORIES):
        if not SupportCategory.objects.filter(slug=slug, locale=locale).exists():
            SupportCategory.objects.create(
                slug=slug,
                name=name,
                sort_order=order * 10,
                locale=locale,
                translation_key=uuid.uuid4(),
            )


class Migration(migrations.Migration):
    dependencies = [
        ("organisations", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
