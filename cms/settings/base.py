"""Settings shared by every environment.

Values that differ between machines come from environment variables; each one is
listed in the README's table.
"""

import os
from pathlib import Path

import dj_database_url
import xstatic.pkg.leaflet
import xstatic.pkg.leaflet_markercluster
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


INSTALLED_APPS = [
    "cms",
    "cms.search",
    "home",
    "organisations",
    "events",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtailgeowidget",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    # After wagtail.admin: it replaces Wagtail's workflow email handlers.
    "organisations.members",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "cms.clean_query.StripNullCharactersMiddleware",
    # Before sessions and CSRF: it sees the cookies they set, and a cached page
    # is served without running them.
    "cms.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# The SQLite file is the embedded default; DATABASE_URL switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "kodoku"),
            "TIMEOUT": 600,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "kodoku",
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Japanese is the default and the source language of all content.
LANGUAGE_CODE = "ja"
TIME_ZONE = "Asia/Tokyo"
USE_I18N = True
USE_TZ = True
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("ja", "日本語"),
    ("en", "English"),
    ("zh-hans", "简体中文"),
    ("ko", "한국어"),
    ("vi", "Tiếng Việt"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
WAGTAIL_I18N_ENABLED = True
# A translation stays a draft until an editor publishes it, so a page is never
# published in another language while it still shows the Japanese text.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Leaflet and its marker clustering come from the xstatic packages on PyPI, so
# the map needs no CDN and no Node build: /static/vendor/leaflet/leaflet.js.
STATICFILES_DIRS = [
    ("vendor/leaflet", xstatic.pkg.leaflet.BASE_DIR),
    ("vendor/leaflet-markercluster", xstatic.pkg.leaflet_markercluster.BASE_DIR),
]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "埼玉県孤独・孤立対策官民連携プラットフォーム"
WAGTAILADMIN_BASE_URL = os.environ.get(
    "WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000"
).rstrip("/")
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
TAGGIT_CASE_INSENSITIVE = True

# The map: GSI tiles (地理院タイル) by default, in the admin widget and on the site.
MAP_TILE_URL = os.environ.get(
    "MAP_TILE_URL", "https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png"
)
MAP_TILE_ATTRIBUTION = os.environ.get(
    "MAP_TILE_ATTRIBUTION",
    '<a href="https://maps.gsi.go.jp/development/ichiran.html">地理院タイル</a>',
)

EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "埼玉県孤独・孤立対策官民連携PF <no-reply@example.jp>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where staff notifications (new applications, submissions) are sent.
STAFF_NOTIFICATION_EMAILS = env_list("STAFF_NOTIFICATION_EMAILS", "staff@example.jp")

# Registrants' personal data is deleted this many days after their event
# (`manage.py purge_registrations`, run daily); the privacy note quotes it.
EVENT_REGISTRATION_RETENTION_DAYS = int(
    os.environ.get("EVENT_REGISTRATION_RETENTION_DAYS", "30")
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        app: {"handlers": ["console"], "level": "INFO", "propagate": False}
        for app in ("cms", "home", "organisations", "events")
    },
}

PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# Whole pages for anonymous visitors are kept in the cache (cms.page_cache);
# with it off they are still sent with public Cache-Control headers.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)

ADMIN_TITLE = _("Site administration")

# --- Site search (cms/search, issue 6) -------------------------------------------
# The default backend is the database's own full-text search (SQLite FTS5 or
# PostgreSQL tsvector) with every text analysed by SudachiPy first, so Japanese
# words, spelling variants and compound parts are found (cms/search/backend.py).
# `manage.py update_index` (or `rebuild_search_index`) rebuilds the index.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "cms.search.backend",
    },
}
# Scale path, not required: OpenSearch or Elasticsearch with a Japanese analyser.
# Needs the analysis-kuromoji and analysis-icu plugins (or analysis-sudachi) and
# `pip install "opensearch-py>=2,<3"`; then `manage.py update_index`. No other
# code changes. Not exercised in CI (no search server here).
#
# _JA_FILTERS = ["kuromoji_baseform", "kuromoji_part_of_speech", "ja_stop",
#                "kuromoji_number", "kuromoji_stemmer", "lowercase"]
# WAGTAILSEARCH_BACKENDS = {
#     "default": {
#         "BACKEND": "modelsearch.backends.opensearch2",
#         "URLS": [os.environ["SEARCH_URL"]],
#         "INDEX_PREFIX": "kodoku_",
#         "INDEX_SETTINGS": {"settings": {"analysis": {
#             "char_filter": {"nfkc": {"type": "icu_normalizer", "name": "nfkc_cf"}},
#             "tokenizer": {"ja": {"type": "kuromoji_tokenizer", "mode": "search"}},
#             "filter": {"edge": {"type": "edge_ngram", "min_gram": 1, "max_gram": 15}},
#             "analyzer": {
#                 # Every SearchField, at index and query time.
#                 "default": {"type": "custom", "char_filter": ["nfkc"],
#                             "tokenizer": "ja", "filter": _JA_FILTERS},
#                 # AutocompleteField: modelsearch indexes with
#                 # "edgengram_analyzer" and searches with "standard"; both
#                 # must be Japanese-aware or Japanese is cut per character.
#                 "edgengram_analyzer": {"type": "custom", "char_filter": ["nfkc"],
#                                        "tokenizer": "ja",
#                                        "filter": ["lowercase", "edge"]},
#                 "standard": {"type": "custom", "char_filter": ["nfkc"],
#                              "tokenizer": "ja", "filter": ["lowercase"]},
#             },
#         }}},
#     },
# }
# Search queries longer than this are cut before they are analysed.
SITE_SEARCH_MAX_QUERY_LENGTH = 100
# Reuse a search's ordered results for this long (publishing clears them).
SITE_SEARCH_CACHE_SECONDS = 60
# Daily search counts (staff report) are kept this many days by
# `manage.py searchpromotions_garbage_collect` (run it daily from cron).
WAGTAILSEARCH_HITS_MAX_AGE = 90
# --- end of site search settings ------------------------------------------------
