from django.core.management.base import BaseCommand, CommandError

from organisations.members.accounts import AccountError, create_member_account


class Command(BaseCommand):
    help = (
        "Create (or reuse) a member account for an organisation and email it a "
        "link to set a password."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--organisation",
            required=True,
            help="The organisation's import key (external_id).",
        )
        parser.add_argument("--email", required=True, help="The person's email.")
        parser.add_argument(
            "--no-email",
            action="store_true",
            help="Do not send the set-password email.",
        )

    def handle(self, *args, **options):
        try:
            user, created = create_member_account(
                options["organisation"],
                options["email"],
                send_email=not options["no_email"],
            )
        except AccountError as error:
            raise CommandError(str(error)) from None
        verb = "Created" if created else "Updated"
        self.stdout.write(self.style.SUCCESS(f"{verb} member account {user.username}."))
