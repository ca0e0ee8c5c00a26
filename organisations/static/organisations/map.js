// The support map's JavaScript layer. The page works without it: filters are a
// GET form and the list is server-rendered. With it: a Leaflet map (served
// locally) whose markers come from the GeoJSON export with the same filters,
// filters that update list and map in place (and the address bar), "show on
// map" buttons, and "nearest to me" through the browser's geolocation.
(function () {
  "use strict";

  function readConfig(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  function tileLayer(config) {
    return L.tileLayer(config.tileUrl, {
      attribution: config.attribution,
      maxZoom: 18,
    });
  }

  function escapeHtml(text) {
    var div = document.createElement("div");
    div.textContent = text == null ? "" : String(text);
    return div.innerHTML;
  }

  function popupHtml(properties) {
    var html = '<div class="map-popup"><a href="' + escapeHtml(properties.url) + '">' +
      escapeHtml(properties.name) + "</a><br>" + escapeHtml(properties.municipality);
    if (properties.categories && properties.categories.length) {
      html += "<br>" + escapeHtml(properties.categories.join("・"));
    }
    if (properties.phone) {
      html += '<br><a href="tel:' + escapeHtml(properties.phone.replace(/[-\s]/g, "")) +
        '">' + escapeHtml(properties.phone) + "</a>";
    }
    return html + "</div>";
  }

  // --- Detail page: one small map --------------------------------------------
  function initDetailMap() {
    var config = readConfig("organisation-map-config");
    var element = document.getElementById("organisation-map");
    if (!config || !config.point || !element || typeof L === "undefined") return;
    element.hidden = false;
    var map = L.map(element, { scrollWheelZoom: false }).setView(config.point, 15);
    tileLayer(config).addTo(map);
    L.marker(config.point, { title: config.name, alt: config.name }).addTo(map);
  }

  // --- Directory page ---------------------------------------------------------
  function DirectoryMap(config) {
    this.config = config;
    this.form = document.querySelector("[data-directory-form]");
    this.slot = document.querySelector("[data-map-slot]");
    this.markersBySlug = {};
    this.requestId = 0;
  }

  DirectoryMap.prototype.start = function () {
    var self = this;
    if (typeof L !== "undefined" && this.slot) {
      this.slot.hidden = false;
      this.map = L.map("directory-map", { scrollWheelZoom: false, keyboard: true })
        .setView([35.95, 139.4], 9);
      tileLayer(this.config).addTo(this.map);
      this.cluster = L.markerClusterGroup
        ? L.markerClusterGroup({ showCoverageOnHover: false })
        : L.layerGroup();
      this.map.addLayer(this.cluster);
      this.loadMarkers(this.config.geojsonUrl);
    }
    this.bindResults();
    this.bindForm();
    this.bindNearMe();
    window.addEventListener("popstate", function () {
      self.refresh(window.location.search, false);
    });
  };

  DirectoryMap.prototype.loadMarkers = function (url) {
    var self = this;
    var requestId = ++this.requestId;
    fetch(url, { headers: { Accept: "application/geo+json" } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        if (requestId !== self.requestId) return;
        self.showMarkers(data);
      })
      .catch(function () { /* the list still says everything the map would */ });
  };

  DirectoryMap.prototype.showMarkers = function (data) {
    var self = this;
    this.cluster.clearLayers();
    this.markersBySlug = {};
    var bounds = [];
    (data.features || []).forEach(function (feature) {
      var lngLat = feature.geometry.coordinates;
      var latLng = [lngLat[1], lngLat[0]];
      var marker = L.marker(latLng, {
        title: feature.properties.name,
        alt: feature.properties.name,
        keyboard: true,
      }).bindPopup(popupHtml(feature.properties));
      self.markersBySlug[feature.id] = marker;
      self.cluster.addLayer(marker);
      bounds.push(latLng);
    });
    if (this.config.near) {
      bounds.push(this.config.near);
      if (this.hereMarker) this.map.removeLayer(this.hereMarker);
      this.hereMarker = L.circleMarker(this.config.near, { radius: 8 })
        .bindTooltip(this.config.messages.here)
        .addTo(this.map);
    }
    if (bounds.length) {
      this.map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
    }
    this.slot.setAttribute("data-marker-count", String(data.features.length));
  };

  DirectoryMap.prototype.bindResults = function () {
    var self = this;
    var buttons = document.querySelectorAll("[data-show-on-map]");
    Array.prototype.forEach.call(buttons, function (button) {
      if (!self.map) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        var card = button.closest("[data-org]");
        var marker = self.markersBySlug[card.getAttribute("data-org")];
        if (!marker) return;
        self.slot.scrollIntoView({ behavior: "smooth", block: "start" });
        var open = function () { marker.openPopup(); };
        if (self.cluster.zoomToShowLayer) {
          self.cluster.zoomToShowLayer(marker, open);
        } else {
          self.map.setView(marker.getLatLng(), 15);
          open();
        }
      });
    });
  };

  DirectoryMap.prototype.formQuery = function () {
    var params = new URLSearchParams();
    new FormData(this.form).forEach(function (value, key) {
      if (value !== "") params.append(key, value);
    });
    return params.toString();
  };

  DirectoryMap.prototype.refresh = function (search, push) {
    var self = this;
    var query = search.replace(/^\?/, "");
    var base = this.form.getAttribute("action");
    var url = base + (query ? "?" + query : "");
    fetch(url, { headers: { Accept: "text/html" } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.querySelector("[data-directory-results]");
        var freshForm = doc.querySelector("[data-directory-form]");
        var freshConfig = doc.getElementById("directory-map-config");
        if (!fresh) { window.location.href = url; return; }
        document.querySelector("[data-directory-results]").innerHTML = fresh.innerHTML;
        if (freshForm) {
          var clear = freshForm.querySelector("[data-clear-filters]");
          var current = self.form.querySelector("[data-clear-filters]");
          if (current && !clear) current.remove();
          if (clear && !current) {
            self.form.querySelector(".cluster").appendChild(clear);
          }
        }
        if (push) window.history.pushState({}, "", url);
        if (freshConfig) {
          self.config = JSON.parse(freshConfig.textContent);
        }
        self.bindResults();
        if (self.map) self.loadMarkers(self.config.geojsonUrl);
      })
      .catch(function () { window.location.href = url; });
  };

  DirectoryMap.prototype.bindForm = function () {
    var self = this;
    if (!this.form || !window.fetch || !window.history.pushState) return;
    this.form.addEventListener("change", function (event) {
      if (event.target.name === "q") return;
      self.refresh(self.formQuery(), true);
    });
    this.form.addEventListener("submit", function (event) {
      event.preventDefault();
      self.refresh(self.formQuery(), true);
    });
  };

  DirectoryMap.prototype.bindNearMe = function () {
    var self = this;
    var button = document.querySelector("[data-near-me]");
    var input = document.querySelector("[data-near-input]");
    var status = document.querySelector("[data-near-status]");
    if (!button || !input || !navigator.geolocation) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      status.textContent = self.config.messages.locating;
      navigator.geolocation.getCurrentPosition(
        function (position) {
          input.disabled = false;
          input.value = position.coords.latitude.toFixed(4) + "," +
            position.coords.longitude.toFixed(4);
          status.textContent = "";
          self.form.requestSubmit ? self.form.requestSubmit() : self.form.submit();
        },
        function () {
          status.textContent = self.config.messages.unavailable;
        },
        { timeout: 10000, maximumAge: 300000 }
      );
    });
  };

  function init() {
    initDetailMap();
    var config = readConfig("directory-map-config");
    if (config) new DirectoryMap(config).start();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
