"""A Content-Security-Policy header for public pages.

Django 5.2 has no built-in CSP support (it arrives in Django 6.0); once the project
moves to 6.0, ``django.middleware.csp.ContentSecurityPolicyMiddleware`` and the
``SECURE_CSP`` setting can replace this module.

The policy allows only this site's own scripts: JSON-LD sits in a
``<script type="application/ld+json">`` data block, which browsers never run
and which ``script-src`` therefore does not block.
"""

from urllib.parse import urlsplit

from django.conf import settings


def tile_source(tile_url):
    """The CSP source for a Leaflet tile URL template, ``{s}`` as a wildcard."""
    parts = urlsplit(tile_url)
    if not parts.scheme or not parts.netloc:
        return ""
    host = parts.netloc.replace("{s}", "*")
    return f"{parts.scheme}://{host}"


def build_policy(tile_url="", extra_img_sources=(), frame_sources=()):
    img = ["'self'", "data:", tile_source(tile_url), *extra_img_sources]
    directives = {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": [source for source in img if source],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": list(frame_sources) or ["'none'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
    return "; ".join(
        f"{name} {' '.join(values)}" for name, values in directives.items()
    )


class ContentSecurityPolicyMiddleware:
    """Adds ``CONTENT_SECURITY_POLICY`` to responses outside the Wagtail admin.

    The admin is left alone: it relies on inline scripts and on the map
    widget's CDN, and only signed-in staff use it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "CONTENT_SECURITY_POLICY", "")
        excluded = getattr(settings, "CONTENT_SECURITY_POLICY_EXCLUDED_PATHS", ())
        if policy and not request.path.startswith(tuple(excluded)):
            header = (
                "Content-Security-Policy-Report-Only"
                if getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", False)
                else "Content-Security-Policy"
            )
            response.headers.setdefault(header, policy)
        return response
