"""The Japanese analyser: what residents type must meet what editors wrote."""

import csv
import threading
from pathlib import Path
from unittest import mock

import pytest

from cms.search import analysis


def tokens(text):
    return set(analysis.index_text(text).split())


def query_matches(query, text):
    words = analysis.analyse_query(query)
    assert words, f"{query!r} lost every word"
    doc = tokens(text)
    return all(word.matches(doc) for word in words)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("引きこもり", "ひきこもりの方とご家族の相談会"),
        ("ひきこもり", "引き籠もりについて"),
        ("引き籠もり", "引きこもり支援センター"),
        ("孤立", "埼玉県孤独・孤立対策官民連携プラットフォーム"),
        ("連携", "孤独・孤立対策官民連携プラットフォーム"),
        ("食堂", "みんなの子ども食堂"),
        ("こども食堂", "地域の子ども食堂です"),
        ("ﾎﾞﾗﾝﾃｨｱ", "ボランティア募集"),
        ("ボランティア", "ﾎﾞﾗﾝﾃｨｱ募集"),
        ("ＮＰＯ", "NPO法人"),
        ("さみしい", "寂しいと感じたら"),
        ("窓口", "相談窓口の一覧"),
        ("相談 食堂", "子ども食堂で相談も受け付けます"),
        ("Volunteer", "We welcome volunteers and Volunteer groups"),
        ("saitama", "Saitama Prefecture"),
        # A noun meets the verb it comes from, and the other way round.
        ("つながり", "地域とつながる居場所"),
        ("つながる", "小さなつながりから"),
        ("助け合い", "ご近所で助け合う"),
        ("支え合う", "支え合いの地域づくり"),
        # A kana query meets a part of a kanji compound.
        ("かわごえ", "川越市の相談窓口"),
        ("そうだん", "相談窓口の一覧"),
        # A kana word read one way alone and another within a sentence.
        ("よりそい", "夜間よりそいチャット"),
        # The site's other languages.
        ("volunteers", "Volunteer day in Saitama"),
        ("volunteering", "We welcome volunteers"),
        ("Lonely", "Feeling lonely is common"),
        ("자원봉사자", "자원봉사자를 모집합니다"),  # without its particle
        ("상담", "전화 상담은 무료입니다"),
        ("상담 무료", "전화 상담은 무료입니다"),
        ("志愿者", "招募志愿者"),
        ("tình nguyện", "Tình nguyện viên ở Saitama"),
    ],
)
def test_query_meets_text(query, text):
    assert query_matches(query, text)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("京都", "東京都の取り組み"),
        ("相談 食堂", "相談窓口の一覧"),  # every word is required
        ("孤立", "孤独に関する調査"),
        ("つらい", "学校に行きづらい子ども"),  # a suffix, not the adjective
        ("자원봉사", "봉사활동 안내"),  # every pair of syllables is required
        ("news", "a new service"),
    ],
)
def test_query_does_not_meet_text(query, text):
    assert not query_matches(query, text)


def test_one_kana_readings_of_parts_are_not_indexed():
    # シ, the reading of 市, would make every city meet a one-kana query.
    assert "シ" not in tokens("狭山市役所")


def _municipalities():
    path = Path(__file__).parents[2] / "organisations/data/saitama_municipalities.csv"
    with path.open(encoding="utf-8") as file:
        return [
            (row["name"], row["name_kana"], row["kind"]) for row in csv.DictReader(file)
        ]


_KIND_KANA = {"市": "し", "町": "まち", "村": "むら"}


@pytest.mark.parametrize(("name", "kana", "kind"), _municipalities())
def test_every_municipality_is_found_by_its_name_in_hiragana(name, kana, kind):
    text = f"{name}の相談窓口"
    assert query_matches(kana, text)
    # Residents often leave off 市, 町 or 村.
    assert query_matches(kana.removesuffix(_KIND_KANA[kind]), text)


def test_particles_and_punctuation_are_not_indexed():
    indexed = tokens("子ども食堂では、だれでも歓迎します。")
    assert "では" not in indexed
    assert "で" not in indexed
    assert "、" not in indexed
    assert "。" not in indexed


def test_query_of_only_particles_is_empty():
    assert analysis.analyse_query("の は 、") == ()
    assert analysis.analyse_query("など です から") == ()


def test_index_tokens_are_plain_words():
    """No token may contain characters a database tokenizer would split."""
    for token in analysis.index_text("COVID-19・孤独（こどく）＆e-mail_相談").split():
        assert token.isalnum(), token


def test_long_text_is_analysed_completely():
    text = "子ども食堂のお知らせです。" * 600 + "最後に孤立の話。"
    assert len(text) > 3 * analysis.CHUNK_CHARS
    assert "孤立" in tokens(text)


def test_offsets_point_into_the_original_text():
    text = "ﾎﾞﾗﾝﾃｨｱと子ども食堂"
    units = analysis.units(text)
    assert [text[u.begin : u.end] for u in units] == ["ﾎﾞﾗﾝﾃｨｱ", "子ども", "食堂"]


def test_dictionary_loads_once_per_process():
    analysis.index_text("warm up")
    with mock.patch("sudachipy.Dictionary") as dictionary:
        for _ in range(3):
            analysis.index_text("子ども食堂")
        thread = threading.Thread(target=analysis.index_text, args=("孤立",))
        thread.start()
        thread.join()
    dictionary.assert_not_called()


def test_dictionary_loaded_lazily_and_once_under_concurrency(monkeypatch):
    monkeypatch.setattr(analysis, "_dictionary", None)
    monkeypatch.setattr(analysis, "_local", threading.local())
    import sudachipy

    calls = []
    original = sudachipy.Dictionary

    def counting(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(sudachipy, "Dictionary", counting)
    threads = [
        threading.Thread(target=analysis.index_text, args=("子ども食堂",))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1


@pytest.mark.parametrize(
    ("dictionary_form", "conjugation", "expected"),
    [
        ("繋がる", "五段-ラ行", "繋がり"),
        ("助け合う", "五段-ワア行", "助け合い"),
        ("話す", "五段-サ行", "話し"),
        ("食べる", "下一段-バ行", "食べ"),
        ("生きる", "上一段-カ行", "生き"),
        # Too short to mean anything alone, or irregular.
        ("見る", "上一段-マ行", ""),
        ("為る", "サ行変格", ""),
        ("来る", "カ行変格", ""),
    ],
)
def test_continuative_form(dictionary_form, conjugation, expected):
    assert analysis.continuative_form(dictionary_form, conjugation) == expected


def test_korean_text_is_indexed():
    """Sudachi tags Hangul as symbols; Korean pages must still be searchable."""
    assert "모집합니다" in tokens("자원봉사자를 모집합니다.")
    assert not tokens("「」、。・〜")
