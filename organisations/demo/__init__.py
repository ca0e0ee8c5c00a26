"""Demo content of the support map: run by ``manage.py load_demo``.

About 150 clearly fictional organisations over all 63 municipalities, generated
from a fixed random seed, the support map at /ja/map/ (and /en/map/), and the
application page at /ja/join/apply/. Safe to rerun: organisations are looked up by
their external_id and pages by slug, and only what is missing is created.
"""

import datetime
import logging
import random

from django.conf import settings
from wagtail.models import Locale, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from organisations.demo import content
from organisations.models import (
    DirectoryPage,
    JoinApplicationPage,
    Municipality,
    OpeningHours,
    Organisation,
    SupportCategory,
)

logger = logging.getLogger(__name__)

SEED = 20260401
COUNT = 150
TRANSLATED = 12
CONFIDENTIAL_KIND = "abuse-dv"
FICTIONAL_EN = "(A fictional organisation for the demo; the phone number is a sample.)"
CATEGORY_EN = {
    "ibasho": "Places to be",
    "consultation": "Advice desks",
    "children-youth": "Children and young people",
    "parenting": "Parenting",
    "older-people": "Older people",
    "disability": "Disability",
    "poverty": "Money and living",
    "hikikomori": "Hikikomori (social withdrawal)",
    "school-refusal": "Not going to school",
    "employment": "Work",
    "food": "Food",
    "foreign-residents": "Foreign residents",
    "mental-health": "Mental health and suicide prevention",
    "abuse-dv": "Domestic violence and abuse",
    "volunteering": "Volunteering",
    "community": "Local activities",
}
MAP_TEXT = {
    "title": "支援団体マップ",
    "intro": "<p>埼玉県内で、話を聴いてくれる場所や、"
    "暮らしを手伝ってくれる団体を探せます。"
    "困りごとの分野や市町村、相談の方法でしぼりこめます。"
    "どの団体も、気軽に連絡して大丈夫です。</p>",
}
MAP_TEXT_EN = {
    "支援団体マップ": "Support map",
    MAP_TEXT["intro"]: "<p>Find places in Saitama that will listen, and groups that "
    "can help with daily life. Narrow the list by what you need, where you live and "
    "how you would like to get in touch. Every organisation is happy to hear from "
    "you.</p>",
}
JOIN_TEXT = {
    "title": "プラットフォームへの参加申込",
    "intro": "<p>孤独・孤立対策に取り組む団体・企業・市町村の"
    "皆さまの参加をお待ちしています。参加は無料です。</p>",
    "requirements": "<ul>"
    "<li>埼玉県内で、孤独・孤立の問題に関わる活動をしていること</li>"
    "<li>プラットフォームの目的に賛同し、情報交換や連携に協力できること</li>"
    "<li>政治・宗教・営利の勧誘を目的としないこと</li>"
    "<li>団体の情報を支援団体マップに掲載することに同意すること</li></ul>",
    "thank_you_text": "<p>お申し込みありがとうございます。"
    "事務局から2週間以内にメールでご連絡します。</p>",
}


def load(stdout, style):
    ja = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)[0]
    en = Locale.objects.filter(language_code="en").first()
    created = ensure_organisations(ja)
    if en is not None:
        ensure_category_translations(en)
    home = Site.objects.filter(is_default_site=True).first()
    home = home.root_page.specific if home else None
    if home is None:
        stdout.write("organisations.demo: no site root page; pages skipped.")
        return
    directory = ensure_page(
        home,
        DirectoryPage,
        "map",
        show_in_menus=True,
        title=MAP_TEXT["title"],
        intro=MAP_TEXT["intro"],
    )
    # The editorial "how to join" page (/ja/join/) hosts the form: /ja/join/apply/.
    join_parent = home.get_children().filter(slug="join").first() or home
    ensure_page(join_parent.specific, JoinApplicationPage, "apply", **JOIN_TEXT)
    if en is not None:
        translate(directory, en, MAP_TEXT_EN)
        translate_organisations(en)
    stdout.write(style.SUCCESS(f"Support map demo: {created} organisations created."))


def ensure_page(parent, model, slug, **fields):
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    page = model(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def translate(instance, locale, strings):
    """Translate through wagtail-localize, as a translator's work would be.

    The English strings go into the translation memory segment by segment, then
    the translation is created from them and published. Returns the translation.
    """
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    for segment in source.stringsegment_set.select_related("string", "context"):
        text = segment.string.data
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": strings.get(text, text),
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale
    )
    # Saved as a draft and published here: wagtail-localize's publish=True
    # defers publishing to the end of the transaction (see home/demo).
    translation.save_target(publish=False)
    translated = instance.get_translation(locale)
    translated.get_latest_revision().publish()
    return translated


def ensure_category_translations(locale):
    for category in SupportCategory.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE
    ):
        if category.get_translation_or_none(locale) is None:
            translation = category.copy_for_translation(locale)
            translation.name = CATEGORY_EN.get(category.slug, category.name)
            translation.save()


def _plan():
    """The deterministic list of demo organisations to create."""
    rng = random.Random(SEED)  # noqa: S311 (demo data, not security)
    municipalities = list(Municipality.objects.order_by("code"))
    places = municipalities + [
        rng.choice(municipalities) for _ in range(COUNT - len(municipalities))
    ]
    rng.shuffle(places)
    plans = []
    nick_counter = {}
    for number, municipality in enumerate(places, start=1):
        kind = content.KINDS[
            (number * 7 + rng.randrange(len(content.KINDS))) % len(content.KINDS)
        ]
        (
            slugs,
            name_ja,
            kana,
            name_en,
            org_type,
            desc_ja,
            desc_en,
            audiences,
            methods,
        ) = kind
        nick, nick_kana, nick_en = content.NICKNAMES[
            rng.randrange(len(content.NICKNAMES))
        ]
        key = (municipality.pk, name_ja, nick)
        nick_counter[key] = nick_counter.get(key, 0) + 1
        suffix = "" if nick_counter[key] == 1 else f"{nick_counter[key]}"
        muni_en = content.MUNICIPALITY_EN.get(municipality.name, municipality.name)
        fmt = {
            "nick": nick + suffix,
            "kana": nick_kana + suffix,
            "en": nick_en + suffix,
            "muni": municipality.name,
            "muni_kana": municipality.name_kana,
            "muni_en": muni_en,
        }
        hours, hours_ja, hours_en = content.HOURS[rng.randrange(len(content.HOURS))]
        confidential = slugs[0] == CONFIDENTIAL_KIND
        extra = rng.sample(list(content.CATEGORY_EXTRA), k=rng.randrange(0, 2))
        languages = ["ja"]
        if "foreign-residents" in slugs:
            languages += rng.sample(
                ["en", "zh", "ko", "vi", "pt", "tl", "ne", "ja-easy"], k=3
            )
        elif rng.random() < 0.15:
            languages.append(rng.choice(["en", "ja-easy", "jsl"]))
        point = None
        if not confidential and number % 29 != 0:
            point = (
                round(municipality.office_latitude + rng.uniform(-0.02, 0.02), 5),
                round(municipality.office_longitude + rng.uniform(-0.02, 0.02), 5),
            )
        plans.append(
            {
                "external_id": f"demo-{number:03d}",
                "slug": f"demo-{number:03d}",
                "name": name_ja.format(**fmt) + "（架空）",
                "name_kana": kana.format(**fmt),
                "name_en": name_en.format(**fmt) + " (fictional)",
                "organisation_type": org_type,
                "municipality": municipality,
                "categories": list(dict.fromkeys(slugs + extra)),
                "contact_methods": methods,
                "audiences": audiences,
                "languages": languages,
                "description": desc_ja
                + "※デモ用の架空の団体です。電話番号は見本です。",
                "description_en": f"{desc_en} {FICTIONAL_EN}",
                "hours": hours,
                "hours_note": hours_ja,
                "closed_on_holidays": "祝日" in hours_ja,
                "hours_note_en": hours_en,
                "fees": "無料",
                "confidential": confidential,
                "point": point,
                "postal_code": "" if confidential else _postal_code(rng),
                "address": "" if confidential else _address(rng, municipality),
                "phone": f"048-000-{number:04d}",
                "is_member": rng.random() < 0.6,
                "member_since": datetime.date(
                    2024 + rng.randrange(0, 3), rng.randrange(1, 13), 1
                ),
                "last_checked": datetime.date(
                    2026, rng.randrange(4, 12), rng.randrange(1, 28)
                ),
            }
        )
    return plans


def _address(rng, municipality):
    block = "-".join(str(rng.randrange(1, n)) for n in (10, 30, 20))
    return f"{municipality.name}架空町{block}"


def _postal_code(rng):
    return f"3{rng.randrange(30, 70):02d}-{rng.randrange(0, 10000):04d}"


def ensure_organisations(ja):
    plans = _plan()
    existing = set(
        Organisation.objects.filter(
            locale=ja, external_id__in=[p["external_id"] for p in plans]
        ).values_list("external_id", flat=True)
    )
    categories = {c.slug: c for c in SupportCategory.objects.filter(locale=ja)}
    created = 0
    for plan in plans:
        if plan["external_id"] in existing:
            continue
        org = Organisation(
            locale=ja,
            external_id=plan["external_id"],
            slug=plan["slug"],
            name=plan["name"],
            name_kana=plan["name_kana"],
            organisation_type=plan["organisation_type"],
            municipality=plan["municipality"],
            postal_code=plan["postal_code"],
            address=plan["address"],
            phone=plan["phone"],
            contact_methods=plan["contact_methods"],
            audiences=plan["audiences"],
            languages=plan["languages"],
            description=plan["description"],
            hours_note=plan["hours_note"],
            closed_on_holidays=plan["closed_on_holidays"],
            fees=plan["fees"],
            confidential_location=plan["confidential"],
            is_member=plan["is_member"],
            member_since=plan["member_since"] if plan["is_member"] else None,
            last_checked=plan["last_checked"],
            live=False,
        )
        if plan["point"]:
            org.set_point(*plan["point"])
        org.categories.set(
            [categories[s] for s in plan["categories"] if s in categories]
        )
        org.opening_hours = [
            OpeningHours(
                weekday=weekday,
                opens=datetime.time.fromisoformat(opens),
                closes=datetime.time.fromisoformat(closes),
            )
            for weekday, opens, closes in plan["hours"]
        ]
        org.save()
        org.save_revision().publish()
        created += 1
    return created


def translate_organisations(locale):
    plans = {p["external_id"]: p for p in _plan()[:TRANSLATED]}
    for org in Organisation.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE, external_id__in=list(plans)
    ):
        plan = plans[org.external_id]
        strings = {
            org.name: plan["name_en"],
            org.name_kana: plan["name_en"],
            org.description: plan["description_en"],
            org.hours_note: plan["hours_note_en"],
            org.fees: "Free",
            org.address: org.address,
        }
        translate(org, locale, strings)
