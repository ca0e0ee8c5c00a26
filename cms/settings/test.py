"""Fast, isolated settings for the test suite."""

from .base import *  # noqa: F403
from .base import DATABASES, REDIS_URL

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {"NAME": ":memory:"}

if REDIS_URL:
    # Keep test keys apart from anything a developer runs on the same Redis.
    CACHES["default"]["KEY_PREFIX"] = "kodoku-test"  # noqa: F405

# Whole-page caching is switched on by tests/cms/test_page_cache.py only: elsewhere
# a page cached by one test could answer the next test's request.
PAGE_CACHE_ENABLED = False
