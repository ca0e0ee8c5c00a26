"""Production: everything secret or site-specific comes from the environment.

The site refuses to start (ImproperlyConfigured) when SECRET_KEY, ALLOWED_HOSTS,
DATABASE_URL or WAGTAILADMIN_BASE_URL is missing, rather than running with an
unsafe default. Every variable is listed in the README's table.
"""

import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from cms.security import build_policy

from .base import *  # noqa: F403
from .base import LANGUAGES, MAP_TILE_URL, MIDDLEWARE, env_bool, env_list


def require(name, explanation):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} is required in production: {explanation}"
        )
    return value


DEBUG = False

SECRET_KEY = require(
    "SECRET_KEY",
    "a long random string, e.g. from `python -c 'import secrets; "
    "print(secrets.token_urlsafe(50))'`.",
)
ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS",
    require("ALLOWED_HOSTS", "the host names the site answers to, comma-separated."),
)

_database_url = require(
    "DATABASE_URL",
    "a PostgreSQL address such as postgres://user:password@db:5432/kodoku "
    "(sqlite:////path/to/db.sqlite3 is accepted for trials on one machine).",
)
if not _database_url.startswith(("postgres://", "postgresql://", "sqlite:")):
    raise ImproperlyConfigured(
        "DATABASE_URL must point at PostgreSQL (postgres://...) or, for a trial "
        "on one machine, SQLite (sqlite:///...)."
    )
DATABASES = {
    "default": dj_database_url.parse(
        _database_url,
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}

WAGTAILADMIN_BASE_URL = require(
    "WAGTAILADMIN_BASE_URL",
    "the public address of the site, e.g. https://kodoku.example.jp (no trailing "
    "slash); used in notification emails.",
).rstrip("/")

# HTTPS. Behind a proxy or load balancer that terminates TLS, the proxy must set
# X-Forwarded-Proto; /healthz stays reachable over plain HTTP for its probes.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy for public pages (cms.security); CONTENT_SECURITY_POLICY
# in the environment replaces the whole policy.
CONTENT_SECURITY_POLICY = os.environ.get("CONTENT_SECURITY_POLICY") or build_policy(
    tile_url=MAP_TILE_URL,
    extra_img_sources=env_list("CSP_EXTRA_IMG_SOURCES"),
    frame_sources=env_list(
        "CSP_FRAME_SOURCES",
        "https://www.youtube-nocookie.com,https://www.youtube.com,"
        "https://player.vimeo.com",
    ),
)
CONTENT_SECURITY_POLICY_REPORT_ONLY = env_bool("CSP_REPORT_ONLY", False)
CONTENT_SECURITY_POLICY_EXCLUDED_PATHS = ["/admin/"]
MIDDLEWARE = [
    MIDDLEWARE[0],
    "cms.security.ContentSecurityPolicyMiddleware",
    *MIDDLEWARE[1:],
]

# Static files are compressed and cache-busted at build time, served by WhiteNoise.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "cms.static_storage.ManifestStaticFilesStorage"},
}
# Uploaded images and documents live in MEDIA_ROOT: with more than one app
# container, mount the same volume (or network file system) in each.

# Email through an SMTP relay when EMAIL_HOST is set.
if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
    EMAIL_TIMEOUT = 20

# A CDN or reverse proxy in front of the site can be purged on publish
# (wagtail.contrib.frontend_cache): either an HTTP PURGE endpoint such as
# Varnish or nginx, or Cloudflare.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_BEARER_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_BEARER_TOKEN"],
        "ZONEID": require("CLOUDFLARE_ZONEID", "the Cloudflare zone to purge."),
    }
WAGTAILFRONTENDCACHE_LANGUAGES = [code for code, _name in LANGUAGES]

# Logs go to standard output, one line per event, for the container platform.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "line": {
            "format": "time=%(asctime)s level=%(levelname)s logger=%(name)s "
            "message=%(message)s",
        },
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "line",
        },
    },
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.security.DisallowedHost": {"handlers": [], "propagate": False},
    },
}
