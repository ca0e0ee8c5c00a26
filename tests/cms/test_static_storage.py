"""collectstatic survives a missing source map, but not a missing image."""

import pytest

from cms.static_storage import ManifestStaticFilesStorage


def post_process(tmp_path, name, content):
    (tmp_path / name).write_text(content)
    storage = ManifestStaticFilesStorage(location=tmp_path, base_url="/static/")
    return storage, list(storage.post_process({name: (storage, name)}))


@pytest.fixture(autouse=True)
def no_compression(settings):
    settings.WHITENOISE_SKIP_COMPRESS_EXTENSIONS = ["js", "css"]


def test_missing_source_map_is_left_alone(tmp_path):
    storage, results = post_process(
        tmp_path, "lib.js", "var a = 1;\n//# sourceMappingURL=lib.js.map\n"
    )
    assert not [r for r in results if isinstance(r[2], Exception)]
    hashed = storage.stored_name("lib.js")
    assert "//# sourceMappingURL=lib.js.map" in (tmp_path / hashed).read_text()


def test_missing_image_still_fails(tmp_path):
    _storage, results = post_process(
        tmp_path, "site.css", "body { background: url(missing.png); }\n"
    )
    assert any(isinstance(result[2], Exception) for result in results)
