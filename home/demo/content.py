"""The demo pages' text: original, plain, warm Japanese, with English where the demo
publishes an English version. Organisations and people here are fictional; public
roles (知事, 市町村長) are named only by role.
"""

import datetime

from .text import (
    HELP_LINES,
    T,
    bullet_list,
    call_to_action,
    heading,
    paragraphs,
    quote,
    subheading,
)

HOME = {
    "title": T("ホーム", "Home"),
    "hero_heading": T("ひとりで抱えこまないで。", "You don't have to carry it alone."),
    "hero_message": T(
        "さびしさや生きづらさは、だれにでも起こることです。話してみることは、弱さでは"
        "ありません。埼玉県内の相談窓口や居場所、支援団体の情報をここにまとめています。",
        "Loneliness and hard times can happen to anyone. Talking to someone is not a "
        "weakness. Here you will find help lines, places to go and support "
        "organisations across Saitama.",
    ),
    "map_intro": T(
        "お住まいの市町村で、話を聞いてくれる団体や、気軽に立ち寄れる居場所を探せます。",
        "Find organisations that will listen, and places you can simply drop in, "
        "near where you live.",
    ),
}

ARTICLE_INDEX = {
    "slug": "articles",
    "title": T("記事・お知らせ", "Articles and news"),
    "intro": T(
        "ひとりで悩まないためのヒントや、プラットフォームからのお知らせを掲載しています。",
        "Ideas for not facing things alone, and news from the platform.",
    ),
}

STANDARD_PAGES = [
    {
        "slug": "help",
        "english": True,
        "title": T("今すぐ相談したい方へ", "If you want to talk to someone now"),
        "intro": T(
            "つらいとき、だれかに話したいときは、いつでも連絡してください。",
            "When things are hard, or you just want to talk, you can reach out at "
            "any time.",
        ),
        "body": [
            HELP_LINES,
            heading(T("相談するのは、当たり前のことです", "Asking for help is normal")),
            paragraphs(
                T(
                    "「こんなことで電話していいのかな」と迷う必要はありません。うまく話せ"
                    "なくても大丈夫です。聞く人は、あなたのペースに合わせます。",
                    "You don't need to wonder whether your worry is big enough. It is "
                    "fine if the words don't come easily. The person who answers will "
                    "go at your pace.",
                ),
                T(
                    "名前を言わずに相談できる窓口もあります。話したあとで、どうするかを"
                    "決めるのはあなたです。",
                    "Some lines let you talk without giving your name. What happens "
                    "after the call is always your choice.",
                ),
            ),
            heading(T("身近な人が心配なとき", "If you are worried about someone")),
            paragraphs(
                T(
                    "家族や友人、近所の方のことが気になるときも、相談窓口に電話してかま"
                    "いません。どう声をかければよいか、一緒に考えます。",
                    "You can call these lines about a family member, friend or "
                    "neighbour too. They will help you think about what to say.",
                ),
                T(
                    "命に危険がある場合は、ためらわずに119番（救急）または110番（警察）"
                    "に連絡してください。",
                    "If someone's life is in danger, call 119 (ambulance) or 110 "
                    "(police) straight away.",
                ),
            ),
        ],
    },
    {
        "slug": "join",
        "english": False,
        "title": "参加するには",
        "intro": (
            "市町村、社会福祉協議会、NPO、企業など、どなたでも会員として参加できます。"
        ),
        "body": [
            heading("参加の条件"),
            paragraphs(
                "孤独・孤立の問題に関心があり、反社会的勢力と関係がないことだけを条件と"
                "しています。活動の大きさや分野は問いません。",
            ),
            heading("参加すると"),
            bullet_list(
                "研修・ワークショップ・シンポジウムの案内が届きます。",
                "助成金や民間からの支援の情報を受け取れます。",
                "支援団体のデジタルマップに、活動を掲載できます。",
                "ほかの会員団体と知り合い、一緒に取り組むきっかけが生まれます。",
            ),
            heading("申し込みの流れ"),
            bullet_list(
                "申込書に団体の情報を記入して、事務局へお送りください。",
                "事務局で内容を確認し、2週間ほどでご連絡します。",
                "登録が済んだら、マップへの掲載内容を一緒に整えます。",
            ),
            paragraphs("ご不明な点は、お気軽に事務局までお問い合わせください。"),
        ],
    },
    {
        "slug": "privacy",
        "english": False,
        "title": "プライバシーポリシー",
        "intro": "このサイトでお預かりする個人情報の扱いについて説明します。",
        "body": [
            heading("集める情報"),
            paragraphs(
                "イベントへの申し込みやお問い合わせのときに、お名前、連絡先など、必要"
                "な情報だけをお預かりします。相談の内容をこのサイトで集めることはあり"
                "ません。",
            ),
            heading("使いみち"),
            paragraphs(
                "お預かりした情報は、申し込みの受付やご連絡のためだけに使います。ご本人"
                "の同意なく、ほかの目的に使ったり、第三者に渡したりすることはありません"
                "（法令にもとづく場合を除きます）。",
            ),
            heading("保存する期間"),
            paragraphs(
                "イベントの申し込み情報は、イベント終了後6か月で削除します。",
            ),
            heading("アクセス解析とクッキー"),
            paragraphs(
                "このサイトは、広告や追跡のためのクッキーを使いません。外部の解析"
                "サービスも使っていません。",
            ),
            heading("お問い合わせ"),
            paragraphs(
                "ご自身の情報の確認、訂正、削除を希望される場合は、事務局までご連絡"
                "ください。",
            ),
        ],
    },
    {
        "slug": "accessibility",
        "english": False,
        "title": "ウェブアクセシビリティ方針",
        "intro": (
            "年齢や障害の有無にかかわらず、だれもが使いやすいサイトを目指しています。"
        ),
        "body": [
            heading("目標"),
            paragraphs(
                "JIS X 8341-3:2016 の適合レベルAAに準拠することを目標に、サイトを"
                "つくり、点検しています。",
            ),
            heading("取り組んでいること"),
            bullet_list(
                "スマートフォンでも、文字を大きくしても読みやすい画面にしています。",
                "キーボードだけ、画面読み上げソフトだけでも使えるようにしています。",
                "色だけで情報を伝えないようにしています。",
                "画像には、内容を説明する代替テキストをつけています。",
            ),
            heading("お気づきの点があれば"),
            paragraphs(
                "使いにくいところや、読み上げがうまくいかないところがあれば、事務局"
                "までお知らせください。改善に役立てます。",
            ),
        ],
    },
    {
        "slug": "about",
        "english": True,
        "in_menu": True,
        "title": T("プラットフォームについて", "About the platform"),
        "intro": T(
            "埼玉県孤独・孤立対策官民連携プラットフォームは、県と市町村、社会福祉協議会、"
            "NPO、企業などが力を合わせ、孤独・孤立を防ぐ地域づくりに取り組むための集ま"
            "りです。",
            "The Saitama Prefecture Public-Private Partnership Platform against "
            "Loneliness and Isolation brings the prefecture, municipalities, social "
            "welfare councils, non-profits and companies together to build "
            "communities where nobody is left alone.",
        ),
        "body": [
            heading(T("目指していること", "What we are aiming for")),
            paragraphs(
                T(
                    "新型コロナウイルス感染症の流行をきっかけに、孤独や孤立に悩む人が"
                    "増えました。行政だけ、民間だけでは届かない支えを、分野をこえてつな"
                    "ぐことで、困ったときに声を上げやすく、声を受けとめられる地域をつく"
                    "ります。",
                    "The pandemic left many more people lonely or cut off. Neither "
                    "government nor private groups can reach everyone alone. By "
                    "connecting support across fields, we want communities where it is "
                    "easy to speak up, and where someone is there to listen.",
                ),
            ),
            heading(T("参加している団体", "Who takes part")),
            bullet_list(
                T(
                    "県と市町村：これまでの支援の仕組みを整え、孤独・孤立の予防に"
                    "幅広く取り組みます。",
                    "The prefecture and municipalities: strengthen existing support "
                    "and work broadly on prevention.",
                ),
                T(
                    "社会福祉協議会、NPO、社会福祉法人など：団体どうしがつながり、"
                    "いまの活動に「孤独・孤立」の視点を加えて、取り組みの裾野を広げます。",
                    "Social welfare councils, non-profits and welfare corporations: "
                    "connect with each other and bring a loneliness and isolation "
                    "perspective into their existing work.",
                ),
                T(
                    "民間企業など：事業を通じて、活動の場所や仕事の体験、資金などで"
                    "協力します。",
                    "Companies: help through their business, with places for "
                    "activities, work experience and funding.",
                ),
            ),
            paragraphs(
                T(
                    "参加の条件は最小限にしています。一見、孤独・孤立と関係がなさそうに"
                    "見える団体にも、ぜひ加わっていただきたいと考えています。",
                    "We keep the conditions for joining to a minimum. Organisations "
                    "that may not seem connected to loneliness at first are very "
                    "welcome too.",
                ),
            ),
            heading(T("4つの取り組み", "Four kinds of work")),
            subheading(T("1. 支援団体への支援", "1. Supporting support organisations")),
            paragraphs(
                T(
                    "研修やシンポジウムの開催、先進的な取り組みの共有、助成金などの情報"
                    "提供を通じて、当事者や家族に寄りそう団体を支えます。",
                    "Training, symposiums, sharing good practice and information on "
                    "grants help organisations stand beside people and their families.",
                ),
            ),
            subheading(
                T(
                    "2. 「助けて」と言いやすい社会へ",
                    "2. Making it easier to ask for help",
                )
            ),
            paragraphs(
                T(
                    "支援を求めることは良いことだと伝える啓発や、県のSNS・広報誌を"
                    "使った情報発信を行います。",
                    "We spread the message that asking for help is a good thing, "
                    "through awareness work, the prefecture's social media and "
                    "newsletters.",
                ),
            ),
            subheading(
                T("3. 分野をこえたつながりづくり", "3. Connections across fields")
            ),
            paragraphs(
                T(
                    "福祉・教育・医療・住民活動などをつなぎ、このポータルサイトや支援"
                    "団体のデジタルマップ、地域別のワークショップで、市町村の境をこえた"
                    "支援を広げます。",
                    "We link welfare, education, health and community activity, and "
                    "use this website, the support map and regional workshops to "
                    "extend support beyond municipal borders.",
                ),
            ),
            subheading(T("4. 市町村への支援", "4. Supporting municipalities")),
            paragraphs(
                T(
                    "市町村長向けのトップセミナーなどを通じて、地域で直接支える仕組み"
                    "づくりを応援し、各地の取り組みを広く紹介します。",
                    "Through seminars for mayors and other events, we help each area "
                    "build direct support, and share what municipalities are doing.",
                ),
            ),
            heading(T("これまでの歩み", "How it started")),
            paragraphs(
                T(
                    "2023年2月9日、県内の市町村長を対象にしたトップセミナーと、支援団体"
                    "や県民の皆さんに向けたキックオフイベントをオンラインで開催しました。"
                    "知事が連携を呼びかけ、専門家の講演やトークセッションに約200人が"
                    "参加しました。",
                    "On 9 February 2023 we held a seminar for the mayors of Saitama's "
                    "municipalities and an online kick-off event for support "
                    "organisations and residents. The Governor called for partnership, "
                    "and about 200 people joined the talks.",
                ),
            ),
            call_to_action(
                T(
                    "団体として参加してみませんか。",
                    "Would your organisation like to join?",
                ),
                T("参加の方法を見る", "How to join"),
                page="join",
            ),
        ],
    },
]


def article_pages(today):
    """Demo articles; dates and deadlines are relative to the day of the first load."""
    day = datetime.timedelta(days=1)
    return [
        {
            "slug": "asking-for-help-is-normal",
            "english": True,
            "category": "awareness",
            "date": today - 3 * day,
            "tags": ["相談", "こころ"],
            "title": T(
                "「助けて」と言うのは、当たり前のこと",
                "Saying “help me” is a normal thing to do",
            ),
            "summary": T(
                "だれかに頼ることは、弱さではありません。相談する前に知っておくと、"
                "少し気持ちが楽になることをまとめました。",
                "Leaning on someone is not a weakness. A few things that may make "
                "reaching out feel a little easier.",
            ),
            "body": [
                paragraphs(
                    T(
                        "つらいとき、「自分でなんとかしなきゃ」と思ってしまうことはあり"
                        "ませんか。でも、人はもともと、支え合って暮らしています。",
                        "When things are hard, do you feel you must sort it out on "
                        "your own? People have always lived by supporting each other.",
                    ),
                ),
                heading(
                    T("うまく話せなくても大丈夫", "You don't need the right words")
                ),
                paragraphs(
                    T(
                        "相談の電話では、整理して話す必要はありません。「何から話せば"
                        "いいか分からない」と伝えるだけで、十分です。",
                        "On a help line you don't have to explain things neatly. "
                        "Saying “I don't know where to start” is enough.",
                    ),
                ),
                quote(
                    T(
                        "電話をかけるまでが一番こわかった。話してみたら、少し眠れるよう"
                        "になりました。",
                        "The hardest part was picking up the phone. After I talked, I "
                        "started to sleep a little better.",
                    ),
                    T(
                        "相談した方の声（再構成したものです）",
                        "A caller (a composite story)",
                    ),
                ),
                heading(T("まずは、ひとつだけ", "Just one small step")),
                paragraphs(
                    T(
                        "今日は、相談窓口の番号を眺めるだけでもかまいません。必要になっ"
                        "たとき、思い出せるように。",
                        "Today, you could simply look at the help line numbers, so you "
                        "remember them when you need them.",
                    ),
                ),
                call_to_action(
                    T(
                        "相談できる窓口の一覧はこちらです。",
                        "Here is a list of help lines.",
                    ),
                    T("相談窓口を見る", "See the help lines"),
                    page="help",
                ),
            ],
        },
        {
            "slug": "small-connections",
            "english": True,
            "category": "awareness",
            "date": today - 10 * day,
            "tags": ["居場所", "地域"],
            "title": T("小さなつながりから始めよう", "Start with small connections"),
            "summary": T(
                "あいさつ、ひとことの会話。大きなことでなくても、つながりは少しずつ"
                "育ちます。",
                "A greeting, a few words. Connections grow little by little, even from "
                "the smallest things.",
            ),
            "body": [
                paragraphs(
                    T(
                        "孤独や孤立は、だれにでも、どの年代にも起こります。引っ越しや"
                        "退職、子育て、病気など、暮らしの変化がきっかけになることもあり"
                        "ます。",
                        "Loneliness and isolation can happen to anyone, at any age. A "
                        "move, retirement, raising children or illness can all be the "
                        "start.",
                    ),
                ),
                heading(T("できることから", "Start where you can")),
                bullet_list(
                    T(
                        "近所の人に、あいさつをしてみる",
                        "Say hello to a neighbour",
                    ),
                    T(
                        "図書館や公民館の催しをのぞいてみる",
                        "Drop in on an event at the library or community centre",
                    ),
                    T(
                        "気になる人に「最近どう？」と声をかけてみる",
                        "Ask someone you are thinking of, “How have you been?”",
                    ),
                ),
                paragraphs(
                    T(
                        "うまくいかない日があっても大丈夫です。つながりは、何度でも"
                        "始め直せます。",
                        "It is fine if some days don't go well. You can always start "
                        "again.",
                    ),
                ),
            ],
        },
        {
            "slug": "noticing-someone-close",
            "english": False,
            "category": "awareness",
            "date": today - 17 * day,
            "tags": ["家族", "相談"],
            "title": "身近な人の変化に気づいたら",
            "summary": "元気がない、連絡が減った。そんなとき、どう声をかければよいかを"
            "考えます。",
            "body": [
                paragraphs(
                    "最近、笑顔が減った。誘っても断られることが増えた。身近な人の小さな"
                    "変化に気づいたら、それは大切なサインかもしれません。",
                ),
                heading("声のかけ方"),
                bullet_list(
                    "「最近どう？」と、答えやすい言葉で話しかける",
                    "話してくれたら、さえぎらずに最後まで聞く",
                    "解決しようとせず、「話してくれてありがとう」と伝える",
                ),
                heading("ひとりで支えなくていい"),
                paragraphs(
                    "支える側も、疲れてしまうことがあります。相談窓口は、支える人から"
                    "の相談も受けつけています。",
                ),
                HELP_LINES,
            ],
        },
        {
            "slug": "feeling-lonely",
            "english": False,
            "category": "awareness",
            "date": today - 20 * day,
            "tags": ["こころ", "居場所"],
            "title": "さみしさを感じるのは、おかしなことではありません",
            "summary": "人に囲まれていても、さみしいと感じることがあります。"
            "その気持ちとの付き合い方を考えます。",
            "body": [
                paragraphs(
                    "「さみしい」と口にするのは、少し勇気がいります。でも、寂しさは"
                    "だれもが感じる自然な気持ちで、弱さのしるしではありません。",
                    "家族や友人がいても、職場や学校に通っていても、ふと孤独を感じる"
                    "ことはあります。",
                ),
                heading("気持ちを言葉にしてみる"),
                bullet_list(
                    "いつ、どんなときにさみしいと感じるかを書き出してみる",
                    "信頼できる人に「最近ちょっとさみしくて」と伝えてみる",
                    "名前を言わずに話せる相談窓口を使ってみる",
                ),
                heading("ふらっと立ち寄れる場所もあります"),
                paragraphs(
                    "県内には、話さなくても過ごせる居場所や、同じ思いをもつ人が集まる"
                    "会があります。支援マップで、お住まいの近くを探せます。",
                ),
                HELP_LINES,
            ],
        },
        {
            "slug": "what-is-a-place-to-belong",
            "english": False,
            "category": "awareness",
            "date": today - 24 * day,
            "tags": ["居場所"],
            "title": "「居場所」って、どんなところ？",
            "summary": "子ども食堂、サロン、趣味の集まり。県内には、ふらっと立ち寄れる"
            "場所がたくさんあります。",
            "body": [
                paragraphs(
                    "居場所とは、安心して過ごせて、そのままの自分でいられる場所のことで"
                    "す。話さなくても、ただそこにいるだけでもかまいません。",
                ),
                heading("たとえば、こんな場所"),
                bullet_list(
                    "地域の子ども食堂や、だれでも食堂",
                    "公民館や集会所で開かれるサロン",
                    "家から出にくい方のための、オンラインの集まり",
                ),
                paragraphs(
                    "お住まいの近くの居場所は、支援団体のマップで探せるようになる予定"
                    "です。",
                ),
            ],
        },
        {
            "slug": "portal-site-opened",
            "english": False,
            "category": "news",
            "date": today - 30 * day,
            "tags": ["お知らせ"],
            "title": "ポータルサイトを新しくしました",
            "summary": "スマートフォンで読みやすく、相談窓口にすぐたどり着けるように"
            "なりました。",
            "body": [
                paragraphs(
                    "埼玉県孤独・孤立対策官民連携プラットフォームのポータルサイトを新し"
                    "くしました。どのページからも、相談窓口の案内にすぐ移動できます。",
                    "英語、中国語、韓国語、ベトナム語での案内も、順次ふやしていきます。",
                ),
            ],
        },
        {
            "slug": "kickoff-event-2023",
            "english": False,
            "category": "news",
            "date": datetime.date(2023, 2, 10),
            "tags": ["イベント報告"],
            "title": "トップセミナーとキックオフイベントを開催しました",
            "summary": "2023年2月9日、プラットフォームの立ち上げにあわせて、"
            "オンラインで開催しました。",
            "body": [
                paragraphs(
                    "2023年2月9日、県内の市町村長を対象としたトップセミナーと、支援団体"
                    "や県民の皆さんに向けたキックオフイベントを開催しました。感染症の"
                    "状況をふまえ、オンラインでの配信としました。",
                ),
                heading("トップセミナー"),
                paragraphs(
                    "専門家が「孤独・孤立対策における基礎自治体の役割」について講演し、"
                    "知事から市町村長の皆さんへ連携を呼びかけました。",
                ),
                heading("キックオフイベント"),
                paragraphs(
                    "「なぜ、今孤独・孤立対策が必要なのか」をテーマにしたトークセッション"
                    "に、約200人が参加しました。",
                ),
            ],
        },
        {
            "slug": "grant-for-places-to-belong",
            "english": False,
            "category": "notice",
            "date": today - 5 * day,
            "deadline": today + 45 * day,
            "tags": ["助成金", "居場所"],
            "title": "【会員団体向け】居場所づくり活動への助成のご案内（サンプル）",
            "summary": "地域で居場所づくりに取り組む会員団体を対象に、活動費の一部を"
            "助成します。",
            "body": [
                paragraphs(
                    "これはデモ用のお知らせです。実際の助成制度ではありません。",
                    "地域で居場所づくりに取り組む会員団体を対象に、活動費の一部を助成"
                    "します。新しく始める活動も、続けている活動も対象です。",
                ),
                heading("申し込み方法"),
                paragraphs(
                    "申請書に活動の計画を記入し、締め切りまでに事務局へお送りください。",
                ),
            ],
        },
        {
            "slug": "listening-training-autumn",
            "english": False,
            "category": "notice",
            "date": today - 60 * day,
            "deadline": today - 30 * day,
            "tags": ["研修"],
            "title": "【会員団体向け】相談対応研修（秋）参加者募集（サンプル）",
            "summary": "話の聴き方と、ほかの窓口へのつなぎ方を学ぶ研修です。",
            "body": [
                paragraphs(
                    "これはデモ用のお知らせです。",
                    "会員団体のスタッフやボランティアの方を対象に、相談を受けるときの"
                    "話の聴き方と、必要な支援へのつなぎ方を学ぶ研修を行います。",
                ),
            ],
        },
    ]


FEATURED_ARTICLES = [
    "asking-for-help-is-normal",
    "small-connections",
    "what-is-a-place-to-belong",
]

SAMPLE_HELP_LINES = [
    {
        "name": "（サンプル）こころの相談ダイヤル",
        "english": {
            "name": "(Sample) Heart-to-heart phone line",
            "hours": "Every day, 9:00 to 21:00",
            "audience": "Anyone",
            "description": "A demo sample, not a real service.",
        },
        "phone": "0120-000-001",
        "hours": "毎日 9時〜21時",
        "audience": "どなたでも",
        "description": "デモ用のサンプルです。実在する窓口ではありません。",
    },
    {
        "name": "（サンプル）子ども・若者ほっとライン",
        "english": {
            "name": "(Sample) Children and young people's line",
            "hours": "Every day, 16:00 to 21:00",
            "audience": "People aged 18 or under, and their parents",
            "description": "A demo sample, not a real service.",
        },
        "phone": "0120-000-002",
        "hours": "毎日 16時〜21時",
        "audience": "18歳以下の方と、その保護者の方",
        "description": "デモ用のサンプルです。実在する窓口ではありません。",
    },
    {
        "name": "（サンプル）夜間よりそいチャット",
        "english": {
            "name": "(Sample) Night-time chat",
            "hours": "Every day, 18:00 to 6:00",
            "audience": "People who find phone calls hard",
            "description": "A demo sample of a service you can write to.",
        },
        "phone": "",
        "hours": "毎日 18時〜翌朝6時",
        "audience": "電話が苦手な方",
        "description": "デモ用のサンプルです。文字で相談できる窓口の例です。",
        "chat_url": "https://example.jp/chat",
    },
    {
        "name": "（サンプル）くらしと仕事の相談窓口",
        "english": {
            "name": "(Sample) Living and work advice",
            "hours": "Weekdays, 9:00 to 17:00",
            "audience": "People struggling with work, money or housing",
            "description": "A demo sample, not a real service.",
        },
        "phone": "048-000-0004",
        "hours": "平日 9時〜17時",
        "audience": "仕事やお金、住まいのことで困っている方",
        "description": "デモ用のサンプルです。実在する窓口ではありません。",
    },
]
