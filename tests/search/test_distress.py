"""Distress words: matched after normalisation, not inside unrelated words."""

import pytest

from cms.search.distress import is_distress
from cms.search.models import DistressTerm

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "query",
    [
        "死にたい",
        "しにたい",
        "もう死にたいです",
        "消えたい",
        "さみしい",
        "淋しい",
        "ﾂﾗｲ",
        "眠れない",
        "いじめられている",
        "ＤＶ",
        "dv 相談",
        "I want to die",
        "Suicide",
    ],
)
def test_seeded_words_are_recognised(query):
    assert is_distress(query)


@pytest.mark.parametrize(
    "query", ["子ども食堂", "ボランティア", "dvd", "イベント 川越", "", "   "]
)
def test_ordinary_searches_are_not(query):
    assert not is_distress(query)


def test_deactivated_word_stops_matching():
    assert is_distress("死にたい")
    DistressTerm.objects.filter(phrase="死にたい").update(active=False)
    from django.core.cache import cache

    cache.clear()
    assert not is_distress("死にたい")


def test_saving_a_word_clears_the_cached_list():
    assert not is_distress("ことばのテスト")
    DistressTerm.objects.create(phrase="ことばのテスト")
    assert is_distress("ことばのテスト")
