"""Guards for the CSRF-exempt registration endpoint.

The event page is served from a cache, so it cannot carry a CSRF token (STACK.md,
"Caching anonymous pages", pattern a). Instead the endpoint refuses posts that a
browser marks as coming from another site, and limits how often one client may
post. The client's address is only used hashed, as a cache key.
"""

import hashlib
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache


def is_cross_site(request):
    """True when the browser says the form was posted from another site."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site not in ("same-origin", "none")
    host = request.get_host()
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return urlsplit(origin).netloc != host
    referer = request.headers.get("Referer")
    if referer:
        return urlsplit(referer).netloc != host
    # Neither header: not a browser following a cross-site form, so nothing to forge.
    return False


def client_key(request):
    address = request.META.get("REMOTE_ADDR", "")
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()
    return f"events:rate:{digest[:32]}"


def rate_limited(request):
    """Count this post; True when the client has posted too often recently."""
    limit, window = getattr(settings, "EVENT_REGISTRATION_RATE_LIMIT", (10, 600))
    key = client_key(request)
    if cache.add(key, 1, timeout=window):
        return False
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=window)
        return False
    return count > limit
