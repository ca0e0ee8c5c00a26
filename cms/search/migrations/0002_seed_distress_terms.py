"""A careful starting list of distress words; staff edit it in the admin.

Only missing words are added, so words staff deactivated or edited stay as they
are; reversing leaves the list alone.
"""

from django.db import migrations

STARTING_TERMS = [
    # Japanese: wishes to die or disappear.
    ("死にたい", "希死念慮"),
    ("消えたい", "希死念慮"),
    ("消えてしまいたい", "希死念慮"),
    ("いなくなりたい", "希死念慮"),
    ("生きるのがつらい", "希死念慮"),
    ("生きていたくない", "希死念慮"),
    ("自殺", "希死念慮"),
    ("自死", "希死念慮"),
    ("リストカット", "自傷"),
    ("リスカ", "自傷"),
    ("自傷", "自傷"),
    ("オーバードーズ", "自傷"),
    # Japanese: loneliness and exhaustion.
    ("つらい", "気持ちのつらさ"),
    ("しんどい", "気持ちのつらさ"),
    ("苦しい", "気持ちのつらさ"),
    ("さみしい", "孤独感"),
    ("寂しい", "孤独感"),
    ("孤独", "孤独感（サイトの主題でもあるため、案内は控えめな文面）"),
    ("ひとりぼっち", "孤独感"),
    ("居場所がない", "孤独感"),
    ("誰にも相談できない", "孤独感"),
    ("助けて", "助けを求める言葉"),
    ("眠れない", "不眠"),
    # Japanese: harm from others.
    ("いじめ", "いじめ"),
    ("暴力", "暴力"),
    ("DV", "配偶者等からの暴力"),
    ("虐待", "虐待"),
    ("性暴力", "性暴力"),
    ("ストーカー", "つきまとい"),
    # English.
    ("suicide", "English"),
    ("kill myself", "English"),
    ("want to die", "English"),
    ("self-harm", "English"),
    ("lonely", "English"),
    ("loneliness", "English"),
    ("help me", "English"),
    ("abuse", "English"),
    ("domestic violence", "English"),
    ("bullying", "English"),
    ("can't sleep", "English"),
]


def seed(apps, schema_editor):
    DistressTerm = apps.get_model("sitesearch", "DistressTerm")
    existing = set(DistressTerm.objects.values_list("phrase", flat=True))
    DistressTerm.objects.bulk_create(
        [
            DistressTerm(phrase=phrase, note=note)
            for phrase, note in STARTING_TERMS
            if phrase not in existing
        ]
    )


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
