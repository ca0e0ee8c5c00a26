from django.conf import settings


def test_site_speaks_japanese_first_in_tokyo_time():
    assert settings.LANGUAGE_CODE == "ja"
    assert settings.TIME_ZONE == "Asia/Tokyo"
    assert [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES] == [
        "ja",
        "en",
        "zh-hans",
        "ko",
        "vi",
    ]


def test_translations_are_never_published_automatically():
    assert settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is False
