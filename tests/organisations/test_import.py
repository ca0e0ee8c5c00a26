"""manage.py import_organisations: encodings, validation, dry run, reimport."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from organisations.importer import read_file
from organisations.models import Organisation

pytestmark = pytest.mark.django_db

HEADER = (
    "external_id,name,name_kana,type,municipality,postal_code,address,latitude,"
    "longitude,phone,email,website,categories,methods,description,is_member,"
    "confidential\n"
)
GOOD = (
    "k-1,ひだまり,ひだまり,NPO・一般社団法人等,112011,3500036,川越市小仙波町1-1,"
    "35.925,139.486,049-000-0000,a@example.jp,https://example.jp/,"
    "居場所;ひきこもり,電話;来所,説明,はい,いいえ\n"
    "k-2,こころ,こころ,social_welfare_council,秩父市,,,,,0494-00-0000,,,"
    "consultation,phone;sns,説明2,no,yes\n"
)


def run(tmp_path, text, *args, encoding="utf-8"):
    path = tmp_path / "orgs.csv"
    path.write_bytes(text.encode(encoding))
    out, err = StringIO(), StringIO()
    with translation.override("en"):
        call_command("import_organisations", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932"])
def test_imports_every_encoding_excel_writes(tmp_path, encoding):
    out, _err = run(tmp_path, HEADER + GOOD, encoding=encoding)
    assert "2 created" in out
    org = Organisation.objects.get(external_id="k-1")
    assert org.live
    assert org.name == "ひだまり"
    assert org.organisation_type == "nonprofit"
    assert org.municipality.code == "112011"
    assert org.postal_code == "350-0036"
    assert (org.latitude, org.longitude) == (35.925, 139.486)
    assert sorted(org.categories.values_list("slug", flat=True)) == [
        "hikikomori",
        "ibasho",
    ]
    assert org.contact_methods == ["phone", "visit"]
    assert org.is_member and not org.confidential_location
    assert org.revisions.count() == 1
    other = Organisation.objects.get(external_id="k-2")
    assert other.municipality.name == "秩父市"
    assert other.confidential_location
    assert other.contact_methods == ["phone", "sns"]


def test_bad_rows_are_reported_with_line_numbers_and_nothing_is_written(tmp_path):
    bad = (
        HEADER
        + GOOD
        + "k-3,,x,宇宙人,東京都,12,,139.4,35.9,abc,nope,ftp://x,謎,念力,,maybe,no\n"
        + "k-1,重複,,,112011,,,,,,,,,,,,\n"
    )
    with pytest.raises(CommandError):
        run(tmp_path, bad)
    assert Organisation.objects.count() == 0
    with translation.override("en"):
        result = read_file(bad.encode())
    lines = {line for line, _message in result.errors}
    assert lines == {4, 5}
    messages = " ".join(message for _line, message in result.errors)
    for column in (
        "name",
        "type",
        "municipality",
        "postal_code",
        "latitude/longitude",
        "phone",
        "email",
        "website",
        "categories",
        "methods",
        "is_member",
    ):
        assert column in messages
    assert "line 2" in messages  # the duplicate key points at its first use


def test_errors_are_printed_in_japanese_by_default(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "k-1,,,,,,,,,,,,,,,,\n", encoding="utf-8")
    err = StringIO()
    with translation.override("ja"), pytest.raises(CommandError):
        call_command("import_organisations", str(path), stderr=err)
    assert "2行目：name: が空欄です。" in err.getvalue()


def test_dry_run_writes_nothing(tmp_path):
    out, _err = run(tmp_path, HEADER + GOOD, "--dry-run")
    assert "2 to create" in out
    assert Organisation.objects.count() == 0


def test_reimport_updates_and_never_duplicates(tmp_path):
    run(tmp_path, HEADER + GOOD)
    changed = GOOD.replace("ひだまり,ひだまり", "ひだまり新,ひだまりしん")
    out, _err = run(tmp_path, HEADER + changed)
    assert "0 created, 2 updated" in out
    assert Organisation.objects.count() == 2
    org = Organisation.objects.get(external_id="k-1")
    assert org.name == "ひだまり新"
    assert org.revisions.count() == 2


def test_draft_option_keeps_rows_unpublished(tmp_path):
    run(tmp_path, HEADER + GOOD, "--draft")
    assert not Organisation.objects.filter(live=True).exists()
    assert Organisation.objects.filter(live=False).count() == 2


def test_unreadable_file_and_missing_columns_are_explained(tmp_path):
    with pytest.raises(CommandError, match="missing"):
        run(tmp_path, "name,phone\nx,1\n")
    path = tmp_path / "binary.csv"
    path.write_bytes(b"\xff\xfe\x00\x81\x00")
    with pytest.raises(CommandError):
        call_command("import_organisations", str(path))


def test_template_file_is_valid(tmp_path):
    from pathlib import Path

    import organisations

    template = Path(organisations.__file__).parent / "data" / "import_template.csv"
    result = read_file(template.read_bytes())
    assert result.ok, result.errors
    assert result.created == 2


def test_imported_organisation_appears_on_the_map(tmp_path, client, directory_page):
    run(tmp_path, HEADER + GOOD, encoding="cp932")
    data = client.get(directory_page.url + "organisations.geojson").json()
    assert [f["properties"]["name"] for f in data["features"]] == ["ひだまり"]


def test_closed_on_holidays_column(tmp_path):
    text = HEADER.replace("confidential\n", "confidential,closed_on_holidays\n")
    rows = GOOD.replace("はい,いいえ\n", "はい,いいえ,はい\n").replace(
        "no,yes\n", "no,yes,\n"
    )
    run(tmp_path, text + rows)
    assert Organisation.objects.get(external_id="k-1").closed_on_holidays
    assert not Organisation.objects.get(external_id="k-2").closed_on_holidays


def test_a_file_with_fewer_columns_changes_only_those(tmp_path):
    """Staff often update one column (phone numbers, say) from a short sheet:
    what the file has no column for must stay as it was."""
    run(tmp_path, HEADER + GOOD)
    org = Organisation.objects.get(external_id="k-1")
    org.closed_on_holidays = True
    org.save_revision().publish()
    out, _err = run(
        tmp_path,
        "external_id,name,municipality,phone\nk-1,ひだまり,112011,049-111-1111\n",
    )
    assert "1 updated" in out
    org = Organisation.objects.get(external_id="k-1")
    assert org.phone == "049-111-1111"
    assert org.email == "a@example.jp"
    assert org.address == "川越市小仙波町1-1"
    assert (org.latitude, org.longitude) == (35.925, 139.486)
    assert org.contact_methods == ["phone", "visit"]
    assert org.is_member and org.closed_on_holidays
    assert org.organisation_type == "nonprofit"
    assert sorted(org.categories.values_list("slug", flat=True)) == [
        "hikikomori",
        "ibasho",
    ]
