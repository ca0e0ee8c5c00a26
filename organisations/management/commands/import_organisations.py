"""manage.py import_organisations FILE.csv [--dry-run] [--draft]"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from organisations.importer import ImportFileError, read_file, write


class Command(BaseCommand):
    help = (
        "Import organisations from a CSV file (UTF-8 or Shift_JIS/CP932; template: "
        "organisations/data/import_template.csv). Rows are matched by external_id: "
        "reimporting updates, never duplicates. Nothing is written unless every "
        "row is valid."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check the file and report what would change, without writing.",
        )
        parser.add_argument(
            "--draft",
            action="store_true",
            help="Save imported rows as drafts instead of publishing them.",
        )

    def handle(self, *args, file, dry_run, draft, **options):
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(
                _("Cannot read %(file)s: %(reason)s")
                % {"file": file, "reason": error.strerror}
            ) from error
        try:
            result = read_file(data)
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        if not result.ok:
            for line, message in result.errors:
                self.stderr.write(
                    _("line %(line)s: %(message)s") % {"line": line, "message": message}
                )
            raise CommandError(
                _(
                    "%(count)s problem(s) found; nothing was imported. "
                    "Fix the rows above and run the import again."
                )
                % {"count": len(result.errors)}
            )
        counts = {"created": result.created, "updated": result.updated}
        if dry_run:
            self.stdout.write(
                _(
                    "Dry run: the file is valid (%(created)s to create, "
                    "%(updated)s to update). Nothing was written."
                )
                % counts
            )
            return
        write(result, publish=not draft)
        if draft:
            message = _("Imported as drafts: %(created)s created, %(updated)s updated.")
        else:
            message = _(
                "Imported and published: %(created)s created, %(updated)s updated."
            )
        self.stdout.write(self.style.SUCCESS(message % counts))
