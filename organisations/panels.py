"""Admin map widgets: wagtailgeowidget's Leaflet pin and address search, adapted.

wagtailgeowidget 9.1 loads Leaflet from unpkg.com, shows OpenStreetMap tiles,
centres on Stockholm and searches addresses with Nominatim worldwide, with English
messages. These subclasses keep its Stimulus controllers but serve Leaflet from
the xstatic package, use the site's tile server (GSI tiles by default), centre on
Saitama, and search addresses with the GSI address search, which understands
Japanese addresses. They can go if the package gains settings for these.
"""

import json

from django import forms
from django.conf import settings
from django.utils.translation import gettext as _
from wagtailgeowidget.panels import GeoAddressPanel, LeafletPanel
from wagtailgeowidget.widgets import GeocoderField, LeafletField

SAITAMA_CENTRE = {"lat": 35.95, "lng": 139.4}


def _messages():
    return {
        "error_message_invalid_location": _(
            "Enter the location as latitude and longitude, e.g. 35.925,139.486"
        ),
        "success_address_geocoded": _(
            "The address was found and the pin moved. Check it on the map."
        ),
        "error_could_not_geocode_address": _(
            "Could not find '%s'. Place the pin by clicking the map instead."
        ),
        "enter_location": _("Enter a location"),
        "initialize_map": _("Click here to show the map"),
    }


class LocalLeafletField(LeafletField):
    def build_attrs(self, *args, **kwargs):
        attrs = super().build_attrs(*args, **kwargs)
        key = "data-leaflet-field-options-value"
        if key in attrs:
            options = json.loads(attrs[key])
            options["tileLayer"] = settings.MAP_TILE_URL
            options["tileLayerOptions"] = {
                "attribution": settings.MAP_TILE_ATTRIBUTION,
                "maxZoom": 18,
            }
            options["translations"] = _messages()
            if not self.value_data:
                options["defaultLocation"] = SAITAMA_CENTRE
            attrs[key] = json.dumps(options)
        return attrs

    @property
    def media(self):
        return forms.Media(
            css={
                "all": (
                    "wagtailgeowidget/css/leaflet-field.css",
                    "vendor/leaflet/leaflet.css",
                )
            },
            js=(
                "wagtailgeowidget/js/leaflet-field.js",
                "wagtailgeowidget/js/leaflet-field-controller.js",
                "vendor/leaflet/leaflet.js",
            ),
        )


class LocalLeafletPanel(LeafletPanel):
    def widget_overrides(self):
        return {
            self.field_name: LocalLeafletField(
                address_field=self.address_field,
                zoom_field=self.zoom_field,
                hide_latlng=self.hide_latlng,
                zoom=self.zoom,
                srid=4326,
                id_prefix="id_",
            )
        }


class JapanAddressField(GeocoderField):
    """Address input whose typing searches the GSI address search (国土地理院)."""

    def build_attrs(self, *args, **kwargs):
        attrs = super().build_attrs(*args, **kwargs)
        attrs["data-controller"] = "gsi-geocoder-field"
        attrs["data-gsi-geocoder-field-options-value"] = json.dumps(
            {"translations": _messages()}
        )
        attrs.pop("data-geocoder-field-geocoder-value", None)
        attrs.pop("data-geocoder-field-options-value", None)
        return attrs

    @property
    def media(self):
        return forms.Media(
            js=(
                "wagtailgeowidget/js/geocoder-field.js",
                "organisations/admin/gsi-geocoder.js",
            )
        )


class JapanAddressPanel(GeoAddressPanel):
    def widget_overrides(self):
        return {self.field_name: JapanAddressField()}
