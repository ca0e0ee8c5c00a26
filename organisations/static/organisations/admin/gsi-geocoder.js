// Address search for the admin map, using the GSI address search API
// (国土地理院 住所検索), which understands Japanese addresses. It reuses
// wagtailgeowidget's GeocoderField: a found address moves the map's pin through
// the "searchGeocoded" event; the pin can always be placed by hand.
"use strict";

function GsiGeocoderField(options) {
    GeocoderField.call(this, options);
}

GsiGeocoderField.prototype = Object.create(GeocoderField.prototype);
GsiGeocoderField.prototype.constructor = GsiGeocoderField;

GsiGeocoderField.prototype.geocodeSearch = function (query) {
    var self = this;
    var url =
        "https://msearch.gsi.go.jp/address-search/AddressSearch?" +
        new URLSearchParams({ q: query });

    fetch(url)
        .then(function (response) {
            return response.json();
        })
        .then(function (data) {
            if (!data || !data.length) {
                self.displayWarning(
                    self.translations.error_could_not_geocode_address.replace("%s", query),
                    { field: self.field }
                );
                return;
            }
            var coordinates = data[0].geometry.coordinates;
            self.displaySuccess(self.translations.success_address_geocoded, {
                field: self.field,
            });
            self.field.trigger("searchGeocoded", [
                { lat: coordinates[1], lng: coordinates[0] },
            ]);
        })
        .catch(function () {
            self.displayWarning(
                self.translations.error_could_not_geocode_address.replace("%s", query),
                { field: self.field }
            );
        });
};

class GsiGeocoderFieldController extends window.StimulusModule.Controller {
    static values = { options: Object };

    connect() {
        new GsiGeocoderField(
            Object.assign({}, this.optionsValue, { id: this.element.id })
        );
    }
}

window.wagtail.app.register("gsi-geocoder-field", GsiGeocoderFieldController);
