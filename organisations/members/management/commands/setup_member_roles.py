from django.core.management.base import BaseCommand
from django.db import transaction

from organisations.members.accounts import grant_folder_permissions
from organisations.members.models import MemberGroup
from organisations.members.roles import setup_roles


class Command(BaseCommand):
    help = (
        "Create the communications staff and member groups and the moderation "
        "workflows, and attach the workflows (safe to run again)."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        _staff, _members, (events, directory) = setup_roles()
        for link in MemberGroup.objects.select_related("organisation"):
            grant_folder_permissions(link.organisation)
        self.stdout.write(
            self.style.SUCCESS(
                f"Groups and workflows ready: {events.name}, {directory.name}"
            )
        )
