"""One version number for everything public, so one bump clears every cached copy.

The navigation, footer, help lines and whole cached pages are stored under keys
that include this number. Publishing, unpublishing, moving or deleting a page and
saving a help line or the site settings increments it (see ``cms.signals``), so
nothing stale is ever served and nothing has to be deleted key by key. Old
entries simply expire.
"""

import logging
import secrets

from django.core.cache import cache

logger = logging.getLogger(__name__)

VERSION_KEY = "cms:content-version"
# Cached fragments live at most this long even if no edit bumps the version.
FRAGMENT_TIMEOUT = 60 * 60


def _read_version(key):
    version = cache.get(key)
    if version is None:
        # A random start: if the key is ever evicted, the new number cannot
        # match one that older cached pages were stored under. add() keeps a
        # concurrent bump from being overwritten.
        cache.add(key, secrets.randbits(48), timeout=None)
        version = cache.get(key, 0)
    return version


def _bump(key):
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, secrets.randbits(48), timeout=None)


def content_version(request=None):
    """The current version, read once per request."""
    if request is not None and hasattr(request, "_cms_content_version"):
        return request._cms_content_version
    version = _read_version(VERSION_KEY)
    if request is not None:
        request._cms_content_version = version
    return version


def bump_content_version(reason=""):
    """Make every cached page and fragment stale."""
    _bump(VERSION_KEY)
    logger.debug("Public content changed (%s): cached pages cleared", reason)


def scope_version(scope):
    """The version of one narrower kind of content, such as "seats"."""
    return _read_version(f"{VERSION_KEY}:{scope}")


def bump_scope(scope, reason=""):
    """Make stale only the cached pages that showed ``scope``.

    A registration changes the seats left on the events list, not the rest of
    the site: clearing every cached page for it would empty the cache on the
    busiest days. Pages say what they showed with ``cms.page_cache.depends_on``.
    """
    _bump(f"{VERSION_KEY}:{scope}")
    logger.debug("%s changed (%s): pages showing it cleared", scope, reason)


def cached_fragment(request, name, parts, build, timeout=FRAGMENT_TIMEOUT):
    """``build()``, cached under ``name`` and ``parts`` for this content version."""
    key = ":".join(
        ["cms", name, str(content_version(request)), *(str(p) for p in parts)]
    )
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout)
    return value
