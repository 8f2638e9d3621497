from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

# Order matters: later apps refer to accounts, meetings and terms made by earlier ones.
DEMO_APPS = [
    "members",
    "glossary",
    "meetings",
    "projects",
    "library",
    "notifications",
    "followup",
    "participation",
]
# A database holds content of its own once any of these has a row.
CONTENT_MODELS = ["members.User", "meetings.Meeting", "glossary.Entry", "projects.Project"]


def database_has_content() -> bool:
    return any(apps.get_model(label).objects.exists() for label in CONTENT_MODELS)


class Command(BaseCommand):
    help = (
        "Load the demo content of every app (development only: DEBUG must be on). Creates what "
        "is missing and never changes a row that exists; demo accounts share a public password."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Load only into a database without accounts, meetings, terms or projects.",
        )

    def handle(self, *args, if_empty=False, **options):
        if not settings.DEBUG:
            raise CommandError(
                "load_demo only runs with DEBUG on: it creates accounts with a public password, "
                "a staff trekker among them. Never load demo content into a production database."
            )
        if if_empty and database_has_content():
            self.stdout.write("The database already has content: no demo content loaded.")
            return
        with transaction.atomic():
            for app in DEMO_APPS:
                import_module(f"{app}.demo").load()
                self.stdout.write(f"Demo content loaded: {app}")
