import importlib
import os
from unittest import mock


def test_retention_days_come_from_the_environment():
    from cms.settings import base

    with mock.patch.dict(os.environ, {"EVENT_REGISTRATION_RETENTION_DAYS": "14"}):
        reloaded = importlib.reload(base)
        assert reloaded.EVENT_REGISTRATION_RETENTION_DAYS == 14
    assert importlib.reload(base).EVENT_REGISTRATION_RETENTION_DAYS == 30
