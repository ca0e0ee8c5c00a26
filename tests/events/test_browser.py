"""Registering and cancelling in a real browser, with and without JavaScript."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail

from events.models import Registration
from tests.browser.helpers import assert_no_serious_axe_violations
from tests.events.factories import RegistrationFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def fill(page, name, email):
    page.get_by_label("氏名").fill(name)
    page.get_by_label("ふりがな").fill("さいたま はなこ")
    page.get_by_label("メールアドレス").fill(email)
    page.get_by_label("手話通訳").check()
    page.get_by_label("上記の個人情報の取り扱いに同意します。").check()


def test_register_join_waitlist_cancel_and_promote(page, site_url, event_factory):
    event = event_factory(capacity=1, title="ブラウザで申し込む会")
    page.goto(site_url(event.url))
    assert_no_serious_axe_violations(page)

    # An invalid submission comes back with the typed values and an error.
    page.get_by_label("氏名").fill("埼玉 花子")
    page.get_by_role("button", name="申し込む").click()
    assert page.get_by_label("氏名").input_value() == "埼玉 花子"
    assert page.get_by_text("メールアドレスを入力してください。").first.is_visible()
    assert_no_serious_axe_violations(page)

    fill(page, "埼玉 花子", "hanako@example.jp")
    page.get_by_role("button", name="申し込む").click()
    page.wait_for_url(re.compile(r"/event-registration/done/"))
    assert "参加が確定しました" in page.content()
    assert_no_serious_axe_violations(page)

    # A new visit (the browser may keep the earlier copy of the page).
    page.goto(site_url(event.url + "?again"))
    assert "キャンセル待ち" in page.content()
    fill(page, "川越 太郎", "taro@example.jp")
    page.get_by_role("button", name="キャンセル待ちに申し込む").click()
    page.wait_for_url(re.compile(r"/event-registration/done/"))
    assert "キャンセル待ちで受け付けました" in page.content()

    first_mail = next(m for m in mail.outbox if m.to == ["hanako@example.jp"])
    cancel_url = re.search(r"http\S+/event-registration/cancel/\S+", first_mail.body)[0]
    page.goto(site_url(urlsplit(cancel_url).path))
    assert_no_serious_axe_violations(page)
    page.get_by_role("button", name="はい、キャンセルします").click()
    assert "お申し込みをキャンセルしました" in page.content()

    taro = Registration.objects.get(email="taro@example.jp")
    assert taro.is_confirmed
    assert any(
        m.to == ["taro@example.jp"] and "参加が確定" in m.subject for m in mail.outbox
    )


def test_register_without_javascript(no_js_page, site_url, event_factory):
    event = event_factory(capacity=5)
    RegistrationFactory(event=event)
    no_js_page.goto(site_url(event.url))
    fill(no_js_page, "埼玉 花子", "nojs@example.jp")
    no_js_page.get_by_role("button", name="申し込む").click()
    no_js_page.wait_for_url(re.compile(r"/event-registration/done/"))
    assert Registration.objects.filter(email="nojs@example.jp").exists()
