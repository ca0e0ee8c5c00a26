"""The budoux filter: Japanese headings wrap between phrases, safely escaped."""

from django.template import Context, Template
from django.utils import translation

from cms.templatetags.typography import budoux


def render(source, **context):
    return Template("{% load i18n typography %}" + source).render(Context(context))


def test_japanese_text_gets_break_opportunities_between_phrases():
    with translation.override("ja"):
        html = budoux("ひとりで悩まず、話してみませんか")
    assert html == (
        '<span class="budoux">ひとりで<wbr>悩まず、<wbr>話してみませんか</span>'
    )


def test_markup_in_the_text_is_escaped_not_rendered():
    with translation.override("ja"):
        html = render(
            "{{ title|budoux }}", title="ひとりで悩まず<script>alert(1)</script>"
        )
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_other_languages_pass_through_escaped():
    with translation.override("en"):
        html = render("{{ title|budoux }}", title="Talk to <someone>")
    assert html == "Talk to &lt;someone&gt;"


def test_translated_template_text_is_split_too():
    with translation.override("ja"):
        html = render(
            '{% translate "ひとりで悩まず、話してみませんか" as t %}{{ t|budoux }}'
        )
    assert "<wbr>" in html


def test_safe_html_is_left_untouched():
    with translation.override("ja"):
        html = render("{{ body|safe|budoux }}", body="<b>ひとりで悩まず</b>")
    assert html == "<b>ひとりで悩まず</b>"


def test_empty_values_render_nothing():
    assert budoux(None) == ""
    assert budoux("") == ""
