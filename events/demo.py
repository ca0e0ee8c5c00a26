"""Demo events: the platform's story so far and what is coming up.

Safe to rerun: every event is looked up by its slug and only created when it is
missing, so nothing an editor changed is ever overwritten. Upcoming dates are
relative to today, so the demo always has upcoming events. Everyone named here is
fictional (（見本）) and every email address is under example.jp.
"""

import datetime

from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale, Site

from events.models import (
    EventFormat,
    EventIndexPage,
    EventPage,
    EventStatus,
    EventType,
    Registration,
    RegistrationStatus,
)
from events.models.pages import TOKYO

INDEX_SLUG = "events"


def _p(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def _h(text):
    return {"type": "heading", "value": text}


def _at(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), TOKYO)


def _events(today, regions):
    """(slug, fields, registrations as (confirmed, waitlisted)) for each event.

    ``regions`` maps a municipality's name to its region.
    """

    def region(city):
        return regions.get(city)

    def day(offset):
        return today + datetime.timedelta(days=offset)

    kickoff_day = datetime.date(2023, 2, 9)
    return [
        (
            "top-seminar-2023",
            {
                "title": "孤独・孤立対策トップセミナー（2023年2月）",
                "event_type": EventType.TOP_SEMINAR,
                "event_format": EventFormat.ONLINE,
                "online_platform": "Zoom",
                "start": _at(kickoff_day, 10),
                "end": _at(kickoff_day, 11, 30),
                "audience": ["mayors", "municipal_staff"],
                "registration_enabled": False,
                "body": [
                    _p(
                        "県内の市町村長が集まり、孤独・孤立は誰にでも起こりうる"
                        "ことを、地域全体の課題として確かめ合いました。"
                    ),
                    _p("オンライン（Zoom）で開催しました。"),
                ],
            },
            (0, 0),
        ),
        (
            "kickoff-2023",
            {
                "title": "官民連携プラットフォーム キックオフイベント",
                "event_type": EventType.KICKOFF,
                "event_format": EventFormat.ONLINE,
                "online_platform": "YouTube Live",
                "start": _at(kickoff_day, 13, 30),
                "end": _at(kickoff_day, 16),
                "audience": ["residents", "members", "municipal_staff"],
                "registration_enabled": False,
                "body": [
                    _p(
                        "プラットフォームの始まりの日です。行政、社会福祉協議会、"
                        "NPO、企業が一緒に、ひとりにしない地域づくりを話し合い"
                        "ました。"
                    ),
                    _p(
                        "YouTube Live で配信し、約200人の方にオンラインで"
                        "ご参加いただきました。"
                    ),
                ],
            },
            (0, 0),
        ),
        (
            "chiiki-workshop-ibasho",
            {
                "title": "地域の居場所づくりワークショップ",
                "event_type": EventType.WORKSHOP,
                "event_format": EventFormat.VENUE,
                "venue": "（見本）川越市民センター 会議室A",
                "address": "川越市○○町1-2-3",
                "location": "SRID=4326;POINT(139.4857 35.9251)",
                "region": region("川越市"),
                "start": _at(day(10), 13, 30),
                "end": _at(day(10), 16),
                "capacity": 20,
                "audience": ["residents", "members"],
                "accommodations": ["wheelchair", "childcare"],
                "contact": "（見本）事務局 048-000-0000（平日9時〜17時）",
                "body": [
                    _h("どんな会？"),
                    _p(
                        "だれかと話せる場所を地域につくりたい方が集まり、"
                        "小さな一歩を一緒に考えます。初めての方も歓迎です。"
                    ),
                ],
            },
            (6, 0),
        ),
        (
            "online-kenshu-kiku",
            {
                "title": "オンライン研修会「孤独を感じている人の話を聴く」",
                "event_type": EventType.TRAINING,
                "event_format": EventFormat.ONLINE,
                "online_platform": "Zoom",
                "online_url": "https://zoom.example.jp/j/0000000000",
                "start": _at(day(14), 18, 30),
                "end": _at(day(14), 20),
                "capacity": 100,
                "audience": ["members", "professionals", "municipal_staff"],
                "accommodations": ["captions"],
                "body": [
                    _p(
                        "相談の現場で、気持ちを受け止めながら話を聴くコツを"
                        "学びます。自宅から参加できます。"
                    ),
                ],
            },
            (12, 0),
        ),
        (
            "seminar-hybrid-tsunagari",
            {
                "title": "つながりを考えるセミナー（会場・オンライン同時開催）",
                "event_type": EventType.SEMINAR,
                "event_format": EventFormat.HYBRID,
                "venue": "（見本）さいたま市民会館 小ホール",
                "address": "さいたま市浦和区○○1-1-1",
                "location": "SRID=4326;POINT(139.6566 35.8617)",
                "region": region("さいたま市"),
                "online_platform": "YouTube Live",
                "online_url": "https://youtube.example.jp/live/sample",
                "start": _at(day(21), 14),
                "end": _at(day(21), 16, 30),
                "capacity": 60,
                "audience": ["residents", "members", "students"],
                "accommodations": ["sign_language", "captions", "wheelchair"],
                "body": [_p("会場でもオンラインでも参加できます。")],
            },
            (20, 0),
        ),
        (
            "symposium-2026",
            {
                "title": "孤独・孤立対策シンポジウム",
                "event_type": EventType.SYMPOSIUM,
                "event_format": EventFormat.VENUE,
                "venue": "（見本）埼玉県民ホール",
                "address": "さいたま市○○区2-2-2",
                "region": region("さいたま市"),
                "start": _at(day(35), 13),
                "end": _at(day(35), 17),
                "capacity": 150,
                "audience": ["residents", "members", "municipal_staff"],
                "accommodations": ["sign_language", "captions", "wheelchair"],
                "body": [_p("実践する団体の報告と、これからを語り合う時間です。")],
            },
            (30, 0),
        ),
        (
            "full-workshop-hokubu",
            {
                "title": "少人数ワークショップ「ひとり時間とつながり」",
                "event_type": EventType.WORKSHOP,
                "event_format": EventFormat.VENUE,
                "venue": "（見本）熊谷市民活動スペース",
                "address": "熊谷市○○3-3-3",
                "location": "SRID=4326;POINT(139.3886 36.1473)",
                "region": region("熊谷市"),
                "start": _at(day(12), 10),
                "end": _at(day(12), 12),
                "capacity": 5,
                "audience": ["residents"],
                "body": [_p("少人数でゆっくり話す会です。")],
            },
            (5, 2),
        ),
        (
            "full-online-training",
            {
                "title": "会員団体向け オンライン研修「SNS相談の基本」",
                "event_type": EventType.TRAINING,
                "event_format": EventFormat.ONLINE,
                "online_platform": "Zoom",
                "online_url": "https://zoom.example.jp/j/1111111111",
                "start": _at(day(16), 15),
                "end": _at(day(16), 17),
                "capacity": 3,
                "audience": ["members"],
                "body": [_p("SNSでの相談対応の基本を学びます。")],
            },
            (3, 1),
        ),
        (
            "cancelled-seminar",
            {
                "title": "子育て世代の孤立を考えるセミナー",
                "event_type": EventType.SEMINAR,
                "event_format": EventFormat.VENUE,
                "venue": "（見本）秩父市歴史文化伝承館",
                "address": "秩父市○○4-4-4",
                "region": region("秩父市"),
                "start": _at(day(18), 10),
                "end": _at(day(18), 12),
                "capacity": 40,
                "status": EventStatus.CANCELLED,
                "status_reason": (
                    "講師の都合により、中止させていただきます。"
                    "楽しみにしてくださっていた皆さま、申し訳ありません。"
                ),
                "audience": ["residents"],
            },
            (0, 0),
        ),
        (
            "panel-exhibition",
            {
                "title": "パネル展「ひとりじゃないよ」",
                "event_type": EventType.OTHER,
                "event_format": EventFormat.VENUE,
                "venue": "（見本）越谷市役所 市民ホール",
                "address": "越谷市○○5-5-5",
                "region": region("越谷市"),
                "all_day": True,
                "start_date": day(40),
                "end_date": day(42),
                "registration_enabled": False,
                "audience": ["residents", "students"],
                "body": [_p("申込不要です。期間中いつでもお立ち寄りください。")],
            },
            (0, 0),
        ),
        (
            "kickoff-regional",
            {
                "title": "地域ネットワーク キックオフ会議",
                "event_type": EventType.KICKOFF,
                "event_format": EventFormat.HYBRID,
                "venue": "（見本）所沢市まちづくりセンター",
                "address": "所沢市○○6-6-6",
                "region": region("所沢市"),
                "online_platform": "Zoom",
                "online_url": "https://zoom.example.jp/j/2222222222",
                "start": _at(day(28), 14),
                "end": _at(day(28), 16),
                "capacity": 50,
                "audience": ["members", "municipal_staff"],
            },
            (8, 0),
        ),
        (
            "top-seminar-upcoming",
            {
                "title": "トップセミナー「誰ひとり取り残さない地域へ」",
                "event_type": EventType.TOP_SEMINAR,
                "event_format": EventFormat.ONLINE,
                "online_platform": "Zoom",
                "online_url": "https://zoom.example.jp/j/3333333333",
                "start": _at(day(45), 10),
                "end": _at(day(45), 11, 30),
                "capacity": 80,
                "audience": ["mayors", "municipal_staff"],
            },
            (15, 0),
        ),
    ]


def _find_index(home):
    return EventIndexPage.objects.child_of(home).filter(slug=INDEX_SLUG).first()


def _ensure_index(home, stdout):
    index = _find_index(home)
    if index is None:
        index = home.add_child(
            instance=EventIndexPage(
                title="イベント・研修",
                slug=INDEX_SLUG,
                show_in_menus=True,
                introduction=(
                    "<p>どなたでも参加できる研修やセミナー、ワークショップのご案内"
                    "です。オンラインで参加できるものもあります。</p>"
                ),
            )
        )
        index.save_revision().publish()
        stdout.write("  events: created /ja/events/")
    return index


def _ensure_english_index(index, stdout):
    try:
        english = Locale.objects.get(language_code="en")
    except Locale.DoesNotExist:
        return
    if index.get_translation_or_none(english) is not None:
        return
    if index.get_parent().get_translation_or_none(english) is None:
        return
    from wagtail_localize.models import TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(index)
    source.create_or_update_translation(english, publish=False, fallback=True)
    translated = index.get_translation(english)
    translated.title = "Events and training"
    translated.introduction = (
        "<p>Workshops, training and seminars anyone can join. "
        "Some can be joined online.</p>"
    )
    translated.save_revision().publish()
    stdout.write("  events: created /en/events/")


def _add_registrations(event, confirmed, waitlisted, start_number):
    number = start_number
    for status, count in (
        (RegistrationStatus.CONFIRMED, confirmed),
        (RegistrationStatus.WAITLISTED, waitlisted),
    ):
        for _n in range(count):
            number += 1
            Registration.objects.create(
                event=event,
                status=status,
                name=f"（見本）参加者 {number:03d}",
                name_kana=f"さんかしゃ {number:03d}",
                email=f"sample{number:03d}@example.jp",
                organisation_name="（見本）みどりの居場所カフェ"
                if number % 3 == 0
                else "",
                accommodations=["captions"] if number % 7 == 0 else [],
            )
    return number


def load(stdout, style):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        stdout.write(style.WARNING("  events: no site; skipped"))
        return
    home = site.root_page.specific
    if home.locale.language_code != settings.LANGUAGE_CODE:
        stdout.write(style.WARNING("  events: the site root is not Japanese; skipped"))
        return
    index = _ensure_index(home, stdout)
    _ensure_english_index(index, stdout)

    from organisations.models import Municipality

    regions = {m.name: m.region for m in Municipality.objects.select_related("region")}
    today = timezone.localdate(timezone.now(), TOKYO)
    existing = set(EventPage.objects.child_of(index).values_list("slug", flat=True))
    number = Registration.objects.filter(email__startswith="sample").count()
    created = 0
    for slug, fields, (confirmed, waitlisted) in _events(today, regions):
        if slug in existing:
            continue
        event = index.add_child(instance=EventPage(slug=slug, **fields))
        event.save_revision().publish()
        number = _add_registrations(event, confirmed, waitlisted, number)
        created += 1
    stdout.write(f"  events: {created} demo event(s) created")
