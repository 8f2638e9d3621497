from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

# Order matters: later apps refer to accounts, meetings and terms made by earlier ones.
DEMO_APPS = ["members", "glossary", "meetings", "projects"]


class Command(BaseCommand):
    help = "Load the demo content of every app. Safe to run again: nothing is duplicated."

    def handle(self, *args, **options):
        with transaction.atomic():
            for app in DEMO_APPS:
                import_module(f"{app}.demo").load()
                self.stdout.write(f"Demo content loaded: {app}")
