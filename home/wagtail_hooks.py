"""Keep placeholder pages made by wagtail-localize out of other languages' URLs."""

from django.shortcuts import redirect
from wagtail import hooks


@hooks.register("before_serve_page")
def redirect_untranslated_placeholders(page, request, serve_args, serve_kwargs):
    """Send visitors of an untranslated placeholder page to the original.

    When an editor translates an article whose parent pages have no translation yet,
    wagtail-localize creates those parents as live aliases of the Japanese pages, so
    /en/articles/ would show Japanese text as if it were the English page, before
    anyone published a translation. Until an editor translates and publishes it
    (which turns the alias into a real page), the placeholder leads to the original.
    """
    if not page.alias_of_id:
        return None
    original = page.alias_of
    if original.locale_id == page.locale_id:
        return None
    url = original.get_url(request)
    return redirect(url) if url else None
