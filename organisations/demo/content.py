"""Word lists for the fictional demo organisations (all names are made up)."""

NICKNAMES = [
    ("ひだまり", "ひだまり", "Hidamari"),
    ("こもれび", "こもれび", "Komorebi"),
    ("ほっとステーション", "ほっとすてーしょん", "Hot Station"),
    ("あおぞら", "あおぞら", "Aozora"),
    ("つむぎ", "つむぎ", "Tsumugi"),
    ("わかば", "わかば", "Wakaba"),
    ("ぬくもり", "ぬくもり", "Nukumori"),
    ("みちくさ", "みちくさ", "Michikusa"),
    ("そよかぜ", "そよかぜ", "Soyokaze"),
    ("てらす", "てらす", "Terrace"),
    ("まんまる", "まんまる", "Manmaru"),
    ("ゆるり", "ゆるり", "Yururi"),
    ("はるいろ", "はるいろ", "Haruiro"),
    ("ともしび", "ともしび", "Tomoshibi"),
    ("きずな", "きずな", "Kizuna"),
    ("えがお", "えがお", "Egao"),
    ("よりみち", "よりみち", "Yorimichi"),
    ("すずらん", "すずらん", "Suzuran"),
    ("かけはし", "かけはし", "Kakehashi"),
    ("みのり", "みのり", "Minori"),
]

# (category slugs, Japanese name pattern, kana pattern, English pattern, type,
#  Japanese description, English description, audiences, methods)
KINDS = [
    (
        ["ibasho", "community"],
        "地域の居場所「{nick}」",
        "ちいきのいばしょ{kana}",
        "Community space {en}",
        "nonprofit",
        "誰でもふらっと立ち寄れる居場所です。お茶を飲みながら、おしゃべりしたり、"
        "静かに過ごしたり。ひとりで来ても大丈夫です。",
        "A place anyone can drop into. Have a cup of tea, chat, or just sit "
        "quietly. You are welcome to come on your own.",
        ["anyone"],
        ["visit", "phone"],
    ),
    (
        ["consultation", "poverty"],
        "{muni}くらし相談窓口",
        "{muni_kana}くらしそうだんまどぐち",
        "{muni_en} Living Support Desk",
        "municipality",
        "お金のこと、仕事のこと、住まいのことなど、暮らしの困りごとを一緒に整理します。"
        "何から話せばいいかわからなくても大丈夫です。",
        "We help you sort out everyday worries about money, work or housing. "
        "It is fine not to know where to start.",
        ["anyone"],
        ["phone", "visit", "email"],
    ),
    (
        ["children-youth", "school-refusal"],
        "子ども・若者サポート「{nick}」",
        "こども・わかものさぽーと{kana}",
        "Children and Youth Support {en}",
        "nonprofit",
        "学校に行きづらい子どもや若者と、その家族の相談を受けています。"
        "勉強や遊びができるフリースペースもあります。",
        "We talk with children and young people who find school hard, and with "
        "their families. There is also a free space to study or play.",
        ["children", "young_people", "parents"],
        ["phone", "visit", "sns"],
    ),
    (
        ["parenting", "community"],
        "子育てひろば「{nick}」",
        "こそだてひろば{kana}",
        "Parenting Corner {en}",
        "nonprofit",
        "小さなお子さんと保護者が一緒に過ごせるひろばです。"
        "子育ての小さな悩みも、スタッフに気軽に話してください。",
        "A room where small children and their carers can spend time together. "
        "Staff are happy to listen to any parenting worry.",
        ["parents", "families"],
        ["visit", "phone"],
    ),
    (
        ["older-people", "ibasho"],
        "ふれあいサロン「{nick}」",
        "ふれあいさろん{kana}",
        "Friendship Salon {en}",
        "social_welfare_council",
        "地域の高齢の方が集まって、体操やおしゃべりを楽しむサロンです。"
        "ひとり暮らしの方も、初めての方も歓迎します。",
        "A salon where older neighbours meet for light exercise and a chat. "
        "People living alone and newcomers are very welcome.",
        ["older_people"],
        ["visit", "phone", "home_visit"],
    ),
    (
        ["hikikomori", "consultation"],
        "ひきこもり相談室「{nick}」",
        "ひきこもりそうだんしつ{kana}",
        "Hikikomori Support Room {en}",
        "nonprofit",
        "ひきこもりの状態にあるご本人とご家族の相談を受けています。"
        "外に出るのがつらいときは、電話やオンラインでも話せます。",
        "We support people who have withdrawn from society, and their families. "
        "If going out is hard, you can talk by phone or online.",
        ["young_people", "families"],
        ["phone", "online", "home_visit", "email"],
    ),
    (
        ["employment", "children-youth"],
        "しごと準備サポート「{nick}」",
        "しごとじゅんびさぽーと{kana}",
        "Work Readiness Support {en}",
        "business",
        "働くことに不安がある方と一緒に、自分のペースで準備を進めます。"
        "職場体験や面接の練習もできます。",
        "We help people who feel unsure about work to get ready at their own "
        "pace, with work trials and interview practice.",
        ["young_people", "anyone"],
        ["visit", "online", "email"],
    ),
    (
        ["food", "poverty"],
        "フードパントリー「{nick}」",
        "ふーどぱんとりー{kana}",
        "Food Pantry {en}",
        "nonprofit",
        "食品を無料でお渡ししています。理由は聞きません。"
        "ほかに困っていることがあれば、相談先もご紹介します。",
        "We give out food for free, no questions asked. If something else is "
        "troubling you, we can tell you where to get help.",
        ["anyone", "families"],
        ["visit", "phone", "sns"],
    ),
    (
        ["foreign-residents", "consultation"],
        "多文化サポートデスク「{nick}」",
        "たぶんかさぽーとですく{kana}",
        "Multicultural Support Desk {en}",
        "other",
        "外国から来た方の暮らしの相談に、やさしい日本語や母語で応じます。"
        "手続きの書類の読み方もお手伝いします。",
        "We help residents from abroad with everyday questions, in Easy Japanese "
        "or their own language, including reading official forms.",
        ["foreign_residents"],
        ["phone", "visit", "sns", "online"],
    ),
    (
        ["mental-health", "consultation"],
        "こころの電話「{nick}」",
        "こころのでんわ{kana}",
        "Heart Line {en}",
        "nonprofit",
        "つらい気持ちを、匿名で話せる電話です。訓練を受けたボランティアが、"
        "さえぎらずにお話を聴きます。",
        "A phone line where you can share how you feel, anonymously. Trained "
        "volunteers listen without interrupting.",
        ["anyone"],
        ["phone", "sns"],
    ),
    (
        ["abuse-dv", "consultation"],
        "女性と子どものための相談室「{nick}」",
        "じょせいとこどものためのそうだんしつ{kana}",
        "Support Room for Women and Children {en}",
        "nonprofit",
        "暴力や虐待に悩む方の相談を受けています。安全のため、場所は公開していません。"
        "まずはお電話ください。",
        "We support people facing violence or abuse. For safety our location is "
        "not published: please call us first.",
        ["women", "children"],
        ["phone", "email", "sns"],
    ),
    (
        ["disability", "employment"],
        "障害のある方の相談支援センター「{nick}」",
        "しょうがいのあるかたのそうだんしえんせんたー{kana}",
        "Disability Support Centre {en}",
        "social_welfare_council",
        "障害のある方とご家族の、暮らしや仕事の相談を受けています。"
        "手話や筆談にも対応します。",
        "We help people with disabilities and their families with daily life "
        "and work. Sign language and written conversation are available.",
        ["disabled_people", "families"],
        ["phone", "visit", "email", "home_visit"],
    ),
    (
        ["volunteering", "community"],
        "{muni}ボランティアセンター",
        "{muni_kana}ぼらんてぃあせんたー",
        "{muni_en} Volunteer Centre",
        "social_welfare_council",
        "ボランティアをしたい人と、手伝ってほしい人をつなぎます。"
        "地域の活動に参加することも、孤立を防ぐ一歩です。",
        "We connect people who want to volunteer with people who need a hand. "
        "Joining in locally is a step away from isolation.",
        ["anyone"],
        ["visit", "phone", "email"],
    ),
    (
        ["food", "children-youth"],
        "子ども食堂「{nick}」",
        "こどもしょくどう{kana}",
        "Children's Cafeteria {en}",
        "nonprofit",
        "子どもも大人も、みんなで温かいごはんを食べる食堂です。"
        "ひとりで来ても大丈夫です。子どもは無料です。",
        "A community kitchen where children and adults share a warm meal. "
        "You are welcome to come on your own; children eat for free.",
        ["children", "families", "anyone"],
        ["visit"],
    ),
]

# (rows of (weekday, opens, closes), Japanese note, English note)
HOURS = [
    (
        [(d, "09:00", "17:00") for d in range(5)],
        "祝日・年末年始はお休みです。",
        "Closed on public holidays and over the New Year.",
    ),
    (
        [(d, "10:00", "16:00") for d in range(1, 6)],
        "月曜日はお休みです。",
        "Closed on Mondays.",
    ),
    (
        [
            (d, t[0], t[1])
            for d in range(5)
            for t in (("09:00", "12:00"), ("13:00", "17:00"))
        ],
        "12時から13時はお昼休みです。",
        "Closed for lunch from 12:00 to 13:00.",
    ),
    (
        [(d, "17:00", "21:00") for d in (1, 3, 4)],
        "夜の時間帯に開いています。",
        "Open in the evenings.",
    ),
    (
        [(5, "10:00", "15:00"), (6, "10:00", "15:00")],
        "土日のみの開所です。",
        "Open at weekends only.",
    ),
    (
        [(d, "00:00", "23:59") for d in range(7)],
        "24時間受け付けています。",
        "Open 24 hours.",
    ),
    (
        [(2, "13:00", "16:00")],
        "毎週水曜日の午後に開いています。",
        "Open on Wednesday afternoons.",
    ),
]

MUNICIPALITY_EN = {
    "さいたま市": "Saitama City",
    "川越市": "Kawagoe",
    "川口市": "Kawaguchi",
    "所沢市": "Tokorozawa",
    "越谷市": "Koshigaya",
    "熊谷市": "Kumagaya",
    "春日部市": "Kasukabe",
    "秩父市": "Chichibu",
    "草加市": "Soka",
    "上尾市": "Ageo",
}

# Further categories a demo organisation may also list.
CATEGORY_EXTRA = [
    "ibasho",
    "consultation",
    "community",
    "volunteering",
    "mental-health",
    "food",
]
