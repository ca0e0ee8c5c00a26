"""Points as wagtailgeowidget stores them, and distances between them.

Without GeoDjango a location is the string ``SRID=4326;POINT(lng lat)``:
longitude first.
"""

import math
import re

POINT_RE = re.compile(
    r"^\s*(?:SRID=\d+;)?\s*POINT\s*\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)\s*$",
    re.IGNORECASE,
)
EARTH_RADIUS_KM = 6371.0088


def parse_point(value):
    """(latitude, longitude) from a stored location, or None if it is not one."""
    match = POINT_RE.match(value or "")
    if not match:
        return None
    longitude, latitude = float(match.group(1)), float(match.group(2))
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return latitude, longitude


def format_point(latitude, longitude):
    return f"SRID=4326;POINT({longitude} {latitude})"


def parse_latlng(value):
    """(latitude, longitude) from a "lat,lng" URL parameter, or None."""
    try:
        lat_text, lng_text = (value or "").split(",")
        latitude, longitude = float(lat_text), float(lng_text)
    except ValueError:
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    if math.isnan(latitude) or math.isnan(longitude):
        return None
    return latitude, longitude


def distance_km(a, b):
    """Great-circle (haversine) distance between two (lat, lng) points."""
    lat1, lng1 = map(math.radians, a)
    lat2, lng2 = map(math.radians, b)
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))
