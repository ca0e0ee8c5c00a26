"""The page frame every page shares (base.html, header, site.css), in Chromium.

These run on a sample page of components (tests/browser/views.py) so the frame is
pinned independently of any page type.
"""

import pytest

from tests.browser.helpers import assert_no_serious_axe_violations, horizontal_overflow

pytestmark = pytest.mark.urls("tests.browser.urls")

SAMPLE = "/ja/component-sample/"


def test_components_have_no_serious_axe_violations_on_desktop(page, site_url):
    page.goto(site_url(SAMPLE))
    assert_no_serious_axe_violations(page)


def test_components_have_no_serious_axe_violations_on_a_phone(phone_page, site_url):
    phone_page.goto(site_url(SAMPLE))
    assert_no_serious_axe_violations(phone_page)


def test_nothing_scrolls_sideways_at_360px(phone_page, site_url):
    phone_page.goto(site_url(SAMPLE))
    assert horizontal_overflow(phone_page) == 0


def test_nothing_scrolls_sideways_at_200_percent_zoom(browser, site_url):
    # 200% zoom of a 720px window lays the page out at 360 CSS pixels.
    context = browser.new_context(
        viewport={"width": 360, "height": 370}, device_scale_factor=2
    )
    page = context.new_page()
    page.goto(site_url(SAMPLE))
    assert horizontal_overflow(page) == 0
    context.close()


def test_skip_link_is_first_and_moves_focus_to_main(page, site_url):
    page.goto(site_url(SAMPLE))
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    box = page.locator(".skip-link").bounding_box()
    assert box["y"] >= 0 and box["height"] > 0, "skip link must show when focused"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    assert page.url.endswith("#main")


def test_skip_link_is_hidden_until_focused(page, site_url):
    page.goto(site_url(SAMPLE))
    box = page.locator(".skip-link").bounding_box()
    assert box["y"] + box["height"] <= 0


def test_focus_ring_is_visible_on_links(page, site_url):
    page.goto(site_url(SAMPLE))
    page.locator(".site-name a").focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineWidth")
    assert outline == "4px"


def test_buttons_and_fields_are_at_least_44px_tall(phone_page, site_url):
    phone_page.goto(site_url(SAMPLE))
    for selector in (
        ".button",
        ".site-search input",
        ".site-search button",
        "#f-name",
        "#f-area",
        ".pagination a",
    ):
        box = phone_page.locator(selector).first.bounding_box()
        assert box["height"] >= 44, selector


def test_body_text_is_16px_with_generous_line_height(phone_page, site_url):
    phone_page.goto(site_url(SAMPLE))
    size, line_height = phone_page.evaluate(
        """(() => {
          const s = getComputedStyle(document.querySelector(".card__meta + p"));
          return [parseFloat(s.fontSize), parseFloat(s.lineHeight)];
        })()"""
    )
    assert size >= 16
    assert line_height / size >= 1.7


def test_header_search_submits_to_the_locale_search_page(no_js_page, site_url):
    no_js_page.goto(site_url(SAMPLE))
    no_js_page.get_by_role("searchbox").fill("居場所")
    no_js_page.get_by_role("button", name="検索").click()
    no_js_page.wait_for_url("**/ja/search/**")
    assert "q=%E5%B1%85%E5%A0%B4%E6%89%80" in no_js_page.url


def test_site_name_leads_home_in_the_current_language(page, site_url):
    page.goto(site_url("/en/component-sample/"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator(".site-name a").get_attribute("href") == "/en/"
