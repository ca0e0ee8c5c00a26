"""Query strings without NUL characters.

PostgreSQL text cannot hold a NUL character, so a filter or search value with one
(``?q=%00``, which scanners send) made the database raise and the page answer
500 on PostgreSQL, while SQLite served it. Forms already refuse NUL (Django's
``ProhibitNullCharactersValidator``), but the search, the support map, its exports
and the article tags read GET parameters directly. Removing the character here,
before any view, keeps every such page, present and future, working, and the
visitor still gets results for the rest of what they typed.
"""

from django.http import QueryDict

NUL = "\x00"


class StripNullCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Browsers send NUL percent-encoded: only then is there anything to do.
        if "%00" in request.META.get("QUERY_STRING", ""):
            request.GET = _without_nul(request.GET)
        return self.get_response(request)


def _without_nul(query):
    cleaned = QueryDict(mutable=True)
    for key, values in query.lists():
        cleaned.setlist(
            key.replace(NUL, ""), [value.replace(NUL, "") for value in values]
        )
    cleaned._mutable = False
    return cleaned
