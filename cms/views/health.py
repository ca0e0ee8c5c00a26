"""``/healthz``: is the site able to serve? For load balancers and monitoring."""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "ok", timeout=10)
    value = cache.get(key)
    cache.delete(key)
    if value != "ok":
        raise RuntimeError("cache did not return the value just stored")


CHECKS = {"database": check_database, "cache": check_cache}


@never_cache
@require_GET
def healthz(request):
    """JSON status of each dependency; 503 when any of them fails."""
    result = {"status": "ok"}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:
            logger.exception("Health check failed: %s", name)
            result[name] = "error"
            result["status"] = "error"
        else:
            result[name] = "ok"
    return JsonResponse(result, status=200 if result["status"] == "ok" else 503)
