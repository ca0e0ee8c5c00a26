"""Static files storage that tolerates source-map comments naming missing files.

Workaround: xstatic-leaflet-markercluster 1.4.1 ships ``leaflet.markercluster.js``
ending in ``//# sourceMappingURL=leaflet.markercluster.js.map`` without the map
file, and Django's manifest storage then fails ``collectstatic``. Only
source-map references are forgiven (left as they are); a missing image or
stylesheet still fails the build. Delete this module, and point
``STORAGES["staticfiles"]`` back at WhiteNoise's
``CompressedManifestStaticFilesStorage``, once the package ships its map file or
the project stops using it.
"""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class ManifestStaticFilesStorage(CompressedManifestStaticFilesStorage):
    def url_converter(self, name, hashed_files, template=None):
        convert = super().url_converter(name, hashed_files, template)

        def convert_or_keep_source_map(matchobj):
            try:
                return convert(matchobj)
            except ValueError:
                matched = matchobj.groupdict().get("matched", "")
                if "sourceMappingURL" in matched:
                    return matched
                raise

        return convert_or_keep_source_map
