"""The matching passage shown under each search result."""

from cms.search import analysis, highlight


def tokens(query):
    return analysis.query_tokens(analysis.analyse_query(query))


FILLER = "地域のみなさんと一緒に、毎月の集まりを開いています。" * 120


def test_passage_around_a_word_far_into_a_long_text():
    text = FILLER + "ひきこもりの方のご家族の相談会を開きます。" + FILLER
    shown = str(highlight.passage([text], tokens("ひきこもり")))
    assert "<mark>ひきこもり</mark>の方のご家族" in shown
    assert shown.startswith("…") and shown.endswith("…")


def test_only_the_text_around_a_literal_match_is_analysed(monkeypatch):
    analysed = []
    units = analysis.units

    def counting_units(text, **kwargs):
        analysed.append(len(text))
        return units(text, **kwargs)

    monkeypatch.setattr(analysis, "units", counting_units)
    text = FILLER + "ひきこもりの方のご家族の相談会を開きます。" + FILLER
    assert "<mark>" in highlight.passage([text], tokens("ひきこもり"))
    assert sum(analysed) < 400


def test_spelling_variant_is_found_by_the_full_scan():
    text = "毎月の集まりです。引き籠もりの方のご家族の会です。"
    shown = str(highlight.passage([text], tokens("ひきこもり")))
    assert "<mark>引き籠もり</mark>" in shown


def test_a_word_inside_another_word_is_not_marked():
    text = "東京都の取り組みを紹介します。京都の話はありません、"
    shown = str(highlight.passage(["東京都の取り組みです。"], tokens("京都")))
    assert "<mark>" not in shown
    assert "<mark>京都</mark>" in str(highlight.passage([text], tokens("京都")))


def test_half_width_text_is_matched():
    shown = str(highlight.passage(["ﾎﾞﾗﾝﾃｨｱを募集します。"], tokens("ボランティア")))
    assert "<mark>ﾎﾞﾗﾝﾃｨｱ</mark>" in shown


def test_no_match_falls_back_to_the_beginning():
    shown = str(highlight.passage(["", FILLER], tokens("食堂")))
    assert "<mark>" not in shown
    assert shown.startswith("地域のみなさん")
    assert shown.endswith("…")
