"""Reading staff spreadsheets of organisations (``manage.py import_organisations``).

The file is checked as a whole first: every bad row is reported with its line
number and the reason, and nothing is written unless every row is valid.
"""

import csv
import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Locale

from organisations.choices import ContactMethod, OrganisationType
from organisations.models import Municipality, Organisation, SupportCategory

COLUMNS = [
    "external_id",
    "name",
    "name_kana",
    "type",
    "municipality",
    "postal_code",
    "address",
    "latitude",
    "longitude",
    "phone",
    "email",
    "website",
    "categories",
    "methods",
    "description",
    "is_member",
    "confidential",
    "closed_on_holidays",
]
REQUIRED_COLUMNS = {"external_id", "name", "municipality"}
# Columns our own CSV export adds; accepted and ignored so an export re-imports.
IGNORED_COLUMNS = {"municipality_name", "url"}

TRUE_WORDS = {"yes", "y", "はい", "1", "true", "t", "○", "〇", "有", "あり"}
FALSE_WORDS = {"no", "n", "いいえ", "0", "false", "f", "", "×", "無", "なし"}
LIST_SEPARATORS = re.compile(r"[;；、,，]")
PHONE_RE = re.compile(r"^\+?[0-9()\- ]{6,20}$")
POSTAL_RE = re.compile(r"^(\d{3})-?(\d{4})$")

TYPE_ALIASES = {
    "市町村": OrganisationType.MUNICIPALITY,
    "行政": OrganisationType.MUNICIPALITY,
    "社会福祉協議会": OrganisationType.SOCIAL_WELFARE_COUNCIL,
    "社協": OrganisationType.SOCIAL_WELFARE_COUNCIL,
    "npo・一般社団法人等": OrganisationType.NONPROFIT,
    "npo": OrganisationType.NONPROFIT,
    "npo法人": OrganisationType.NONPROFIT,
    "一般社団法人": OrganisationType.NONPROFIT,
    "民間企業等": OrganisationType.BUSINESS,
    "民間企業": OrganisationType.BUSINESS,
    "企業": OrganisationType.BUSINESS,
    "その他": OrganisationType.OTHER,
}
METHOD_ALIASES = {
    "電話": ContactMethod.PHONE,
    "来所": ContactMethod.VISIT,
    "来所相談": ContactMethod.VISIT,
    "メール": ContactMethod.EMAIL,
    "オンライン": ContactMethod.ONLINE,
    "sns・line": ContactMethod.SNS,
    "sns": ContactMethod.SNS,
    "line": ContactMethod.SNS,
    "訪問": ContactMethod.HOME_VISIT,
}


class ImportFileError(Exception):
    """The file cannot be read at all (encoding, header)."""


@dataclass
class ImportResult:
    rows: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # (line number, message)
    created: int = 0
    updated: int = 0
    # The file's columns: an organisation already on the map keeps what the
    # file has no column for.
    columns: set = field(default_factory=lambda: set(COLUMNS))

    @property
    def ok(self):
        return not self.errors


def decode(data):
    """Text of an uploaded file: UTF-8 with or without BOM, else CP932."""
    for encoding in ("utf-8-sig", "cp932"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFileError(
        _(
            "The file could not be read. Save it as CSV in UTF-8 or "
            "Shift_JIS (CSV from Excel is fine)."
        )
    )


def normalise(value):
    return unicodedata.normalize("NFKC", value or "").strip()


def parse_bool(value):
    word = normalise(value).lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError


class RowReader:
    """Turns one CSV row into clean values, collecting reasons for what is wrong."""

    def __init__(self, municipalities, categories):
        self.municipalities = municipalities
        self.categories = categories

    def read(self, row):
        errors = []
        clean = {}

        def fail(column, message):
            errors.append(f"{column}: {message}")

        clean["external_id"] = normalise(row.get("external_id"))
        if not clean["external_id"]:
            fail("external_id", _("is empty; every row needs its own key."))
        clean["name"] = (row.get("name") or "").strip()
        if not clean["name"]:
            fail("name", _("is empty."))
        clean["name_kana"] = (row.get("name_kana") or "").strip()

        kind = normalise(row.get("type")).lower()
        if not kind:
            clean["organisation_type"] = None
        elif kind in OrganisationType.values:
            clean["organisation_type"] = kind
        elif kind in TYPE_ALIASES:
            clean["organisation_type"] = TYPE_ALIASES[kind]
        else:
            fail("type", _("「%(value)s」 is not a known type.") % {"value": kind})

        place = normalise(row.get("municipality"))
        municipality = self.municipalities.get(place) or self.municipalities.get(
            place.removeprefix("埼玉県")
        )
        if not place:
            fail(
                "municipality",
                _("is empty; give the code or name, e.g. 112011 or 川越市."),
            )
        elif municipality is None:
            fail(
                "municipality",
                _("「%(value)s」 is not a municipality of Saitama.") % {"value": place},
            )
        clean["municipality"] = municipality

        postal = normalise(row.get("postal_code")).replace("〒", "").strip()
        match = POSTAL_RE.match(postal)
        if postal and not match:
            fail(
                "postal_code",
                _("「%(value)s」 is not seven digits.") % {"value": postal},
            )
        clean["postal_code"] = f"{match.group(1)}-{match.group(2)}" if match else ""
        clean["address"] = normalise(row.get("address"))

        lat_text, lng_text = (
            normalise(row.get("latitude")),
            normalise(row.get("longitude")),
        )
        clean["point"] = None
        if lat_text or lng_text:
            try:
                lat, lng = float(lat_text), float(lng_text)
            except ValueError:
                fail(
                    "latitude/longitude",
                    _("give both as numbers, e.g. 35.925 and 139.486."),
                )
            else:
                if not (20 <= lat <= 46 and 122 <= lng <= 154):
                    fail(
                        "latitude/longitude",
                        _("%(lat)s, %(lng)s is not in Japan (are they swapped?).")
                        % {"lat": lat_text, "lng": lng_text},
                    )
                else:
                    clean["point"] = (lat, lng)

        phone = normalise(row.get("phone"))
        if phone and not PHONE_RE.match(phone):
            fail("phone", _("「%(value)s」 is not a phone number.") % {"value": phone})
        clean["phone"] = phone

        email = normalise(row.get("email"))
        if email:
            try:
                validate_email(email)
            except ValidationError:
                fail(
                    "email",
                    _("「%(value)s」 is not an email address.") % {"value": email},
                )
        clean["email"] = email

        website = normalise(row.get("website"))
        if website:
            try:
                URLValidator(schemes=["http", "https"])(website)
            except ValidationError:
                fail(
                    "website",
                    _("「%(value)s」 is not a web address starting with https://.")
                    % {"value": website},
                )
        clean["website"] = website

        clean["categories"] = []
        for item in self._items(row.get("categories")):
            slug = self.categories.get(item.lower())
            if slug is None:
                fail(
                    "categories",
                    _("「%(value)s」 is not a support category.") % {"value": item},
                )
            elif slug not in clean["categories"]:
                clean["categories"].append(slug)

        clean["contact_methods"] = []
        for item in self._items(row.get("methods")):
            key = item.lower()
            key = key if key in ContactMethod.values else METHOD_ALIASES.get(key)
            if key is None:
                fail(
                    "methods",
                    _("「%(value)s」 is not a contact method.") % {"value": item},
                )
            elif key not in clean["contact_methods"]:
                clean["contact_methods"].append(key)

        clean["description"] = (row.get("description") or "").strip()

        for column, name in (
            ("is_member", "is_member"),
            ("confidential", "confidential_location"),
            ("closed_on_holidays", "closed_on_holidays"),
        ):
            try:
                clean[name] = parse_bool(row.get(column))
            except ValueError:
                fail(
                    column,
                    _("「%(value)s」: write yes or no (はい/いいえ, 1/0, true/false).")
                    % {"value": row.get(column)},
                )
        return clean, errors

    @staticmethod
    def _items(value):
        return [
            item
            for item in (normalise(p) for p in LIST_SEPARATORS.split(value or ""))
            if item
        ]


def _lookups(locale):
    municipalities = {}
    for m in Municipality.objects.all():
        for key in (m.code, m.code[:5], m.name):
            municipalities[key] = m
    categories = {}
    for slug, name in SupportCategory.objects.filter(locale=locale).values_list(
        "slug", "name"
    ):
        categories[slug.lower()] = slug
        categories[normalise(name).lower()] = slug
    return municipalities, categories


def read_file(data):
    """Check a file's bytes; returns an ImportResult with rows or errors."""
    locale = Locale.get_default()
    text = decode(data)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [normalise(name) for name in (reader.fieldnames or [])]
    reader.fieldnames = header
    missing = REQUIRED_COLUMNS - set(header)
    if missing:
        raise ImportFileError(
            _("The first line must name the columns; missing: %(columns)s.")
            % {"columns": ", ".join(sorted(missing))}
        )
    unknown = set(header) - set(COLUMNS) - IGNORED_COLUMNS - {""}
    if unknown:
        raise ImportFileError(
            _("Unknown columns: %(columns)s. Use the template's column names.")
            % {"columns": ", ".join(sorted(unknown))}
        )
    municipalities, categories = _lookups(locale)
    row_reader = RowReader(municipalities, categories)
    result = ImportResult(columns=set(header))
    seen = {}
    line = reader.line_num
    for row in reader:
        start_line, line = line + 1, reader.line_num
        if not any(
            (value or "").strip() for value in row.values() if isinstance(value, str)
        ):
            continue
        if None in row:
            result.errors.append(
                (start_line, _("this row has more cells than the header."))
            )
            continue
        clean, errors = row_reader.read(row)
        key = clean["external_id"]
        if key and key in seen:
            errors.append(
                _("external_id 「%(key)s」 is already used on line %(line)s.")
                % {"key": key, "line": seen[key]}
            )
        seen.setdefault(key, start_line)
        for message in errors:
            result.errors.append((start_line, message))
        if not errors:
            result.rows.append((start_line, clean))
    if not result.rows and not result.errors:
        raise ImportFileError(_("The file has no rows to import."))
    existing = set(
        Organisation.objects.filter(
            locale=locale, external_id__in=[c["external_id"] for _l, c in result.rows]
        ).values_list("external_id", flat=True)
    )
    for _line, clean in result.rows:
        if clean["external_id"] in existing:
            result.updated += 1
        else:
            result.created += 1
    return result


def _new_slug(external_id, taken):
    base = slugify(external_id)[:60]
    if not base:
        base = "org-" + hashlib.sha1(external_id.encode()).hexdigest()[:8]  # noqa: S324
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


# Model fields set from each column (the point comes from two).
FIELDS_BY_COLUMN = {
    "name": ["name"],
    "name_kana": ["name_kana"],
    "municipality": ["municipality"],
    "postal_code": ["postal_code"],
    "address": ["address"],
    "phone": ["phone"],
    "email": ["email"],
    "website": ["website"],
    "methods": ["contact_methods"],
    "description": ["description"],
    "is_member": ["is_member"],
    "confidential": ["confidential_location"],
    "closed_on_holidays": ["closed_on_holidays"],
}


def _apply(org, clean, given):
    """Copy the values of the columns in ``given`` onto ``org``."""
    for column, names in FIELDS_BY_COLUMN.items():
        if column in given:
            for name in names:
                setattr(org, name, clean[name])
    if "type" in given and clean["organisation_type"]:
        org.organisation_type = clean["organisation_type"]
    if not org.organisation_type:
        org.organisation_type = OrganisationType.OTHER
    if {"latitude", "longitude"} & given:
        if clean["point"]:
            org.set_point(*clean["point"])
        else:
            org.location = ""


@transaction.atomic
def write(result, publish=True, user=None):
    """Create or update every row of a checked ``result``."""
    locale = Locale.get_default()
    keys = [clean["external_id"] for _line, clean in result.rows]
    existing = {
        org.external_id: org
        for org in Organisation.objects.filter(locale=locale, external_id__in=keys)
    }
    categories = {c.slug: c for c in SupportCategory.objects.filter(locale=locale)}
    taken = set(Organisation.objects.values_list("slug", flat=True))
    for _line, clean in result.rows:
        org = existing.get(clean["external_id"])
        if org is None:
            org = Organisation(
                locale=locale,
                external_id=clean["external_id"],
                slug=_new_slug(clean["external_id"], taken),
                live=False,
            )
        elif org.has_unpublished_changes and org.latest_revision_id:
            # Build on the latest draft, so an editor's unpublished work is kept.
            org = org.latest_revision.as_object()
        given = set(COLUMNS) if org.pk is None else result.columns
        _apply(org, clean, given)
        if "categories" in given:
            org.categories.set([categories[slug] for slug in clean["categories"]])
        if org.pk is None or not org.live:
            org.save()
        revision = org.save_revision(user=user, log_action=True)
        if publish:
            revision.publish(user=user)
    return result
