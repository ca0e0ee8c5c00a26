"""Serve anonymous visitors' page views from Django's cache.

A visitor without a session or CSRF cookie sees exactly what every other such
visitor sees, so a page rendered for one can be replayed for the next. This
middleware:

* marks those responses ``Cache-Control: public, max-age, s-maxage`` so a CDN
  or proxy may keep them too, and marks responses for visitors who carry a
  session cookie ``private, no-cache``;
* stores whole responses under a key holding ``cms.site_cache.content_version``,
  so publishing, unpublishing, moving or deleting a page, or saving a help line
  or the site settings, clears every stored page at once (``cms.signals``),
  and pages that declared what else they show (``depends_on(request, "seats")``)
  are dropped when just that changes;
* never stores anything but a 200 answer to GET/HEAD without ``Set-Cookie``,
  ``Vary`` or a ``Cache-Control`` of its own (``never_cache`` views, forms with
  a CSRF token, private pages), nor any path in ``PAGE_CACHE_EXCLUDED_PATHS``.

Django's own ``UpdateCacheMiddleware`` was not used: it caches responses that set
cookies (a flash message reached the next visitor) and serves the anonymous copy
to logged-in editors.
"""

import functools
import hashlib
import re

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from .site_cache import content_version, scope_version

DEFAULT_EXCLUDED_PATHS = [
    r"^/admin/",
    r"^/healthz",
    r"^/documents/",
    r"^/[a-z-]+/search/",
    r"^/django-admin/",
]
HIT_HEADER = "X-Page-Cache"


def _setting(name, default):
    return getattr(settings, name, default)


@functools.cache
def _compiled(pattern):
    return re.compile(pattern)


def depends_on(request, scope):
    """Say that the response to ``request`` shows ``scope`` (such as "seats").

    Its cached copy is then dropped when ``cms.site_cache.bump_scope(scope)``
    runs, as well as on every publish.
    """
    scopes = request.__dict__.setdefault("_page_cache_scopes", {})
    scopes.setdefault(scope, scope_version(scope))


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Settings are read on every request (a few dictionary lookups) so tests
        # can switch the cache on and off with override_settings.
        seconds = _setting("PAGE_CACHE_SECONDS", 300)
        enabled = _setting("PAGE_CACHE_ENABLED", True) and seconds > 0
        patterns = _setting("PAGE_CACHE_EXCLUDED_PATHS", DEFAULT_EXCLUDED_PATHS)
        store = caches[_setting("PAGE_CACHE_ALIAS", "default")]

        anonymous = self._is_anonymous(request)
        eligible = (
            anonymous
            and request.method in ("GET", "HEAD")
            and not any(_compiled(p).search(request.path) for p in patterns)
        )
        key = self._key(request) if eligible and enabled else None
        if key is not None:
            stored = store.get(key)
            if stored is not None and self._is_current(stored):
                return self._rebuild(stored)

        response = self.get_response(request)

        if not anonymous:
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, private=True, no_cache=True)
            return response
        if eligible and self._is_cacheable(response):
            patch_cache_control(
                response, public=True, max_age=seconds, s_maxage=seconds
            )
            if key is not None:
                scopes = getattr(request, "_page_cache_scopes", {})
                self._store(store, key, response, seconds, scopes)
                response[HIT_HEADER] = "miss"
        return response

    @staticmethod
    def _is_anonymous(request):
        cookies = request.COOKIES
        return not (
            settings.SESSION_COOKIE_NAME in cookies
            or settings.CSRF_COOKIE_NAME in cookies
        )

    @staticmethod
    def _is_cacheable(response):
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not response.has_header("Set-Cookie")
            and not response.has_header("Vary")
            and not response.has_header("Cache-Control")
        )

    @staticmethod
    def _key(request):
        full_path = request.get_full_path()
        host = request.get_host()
        digest = hashlib.sha256(f"{host}{full_path}".encode()).hexdigest()
        return f"page-cache:{content_version(request)}:{digest}"

    @staticmethod
    def _store(store, key, response, seconds, scopes):
        headers = {
            name: value
            for name, value in response.items()
            if name.lower() not in {"set-cookie", HIT_HEADER.lower()}
        }
        stored = (response.status_code, headers, response.content, dict(scopes))
        store.set(key, stored, seconds)

    @staticmethod
    def _is_current(stored):
        # Copies stored before scopes existed hold three items.
        scopes = stored[3] if len(stored) > 3 else {}
        return all(scope_version(scope) == seen for scope, seen in scopes.items())

    @staticmethod
    def _rebuild(stored):
        status, headers, content = stored[:3]
        response = HttpResponse(content, status=status)
        for name, value in headers.items():
            response[name] = value
        response[HIT_HEADER] = "hit"
        return response
