"""Load the demo content: safe to rerun, never duplicates or overwrites edits."""

import importlib

from django.core.management.base import BaseCommand
from django.db import transaction

# Each part of the site brings its own demo content, in the order they depend on
# each other: editorial pages first (they create the site's home page).
DEMO_LOADERS = [
    "home.demo",
    "organisations.demo",
    "events.demo",
    "organisations.members.demo",
    "cms.search.demo",
    "cms.demo",
]


class Command(BaseCommand):
    help = "Load demo content for every part of the site (safe to run again)."

    def handle(self, *args, **options):
        for module_name in DEMO_LOADERS:
            module = importlib.import_module(module_name)
            with transaction.atomic():
                module.load(stdout=self.stdout, style=self.style)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
