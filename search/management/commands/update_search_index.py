from django.core.management.base import BaseCommand
from django.db import transaction

from search.registry import rebuild_index


class Command(BaseCommand):
    help = (
        "Write the search document of every findable object and remove stale ones. The index "
        "stays current on every save; run this once after importing data without signals."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            counts = rebuild_index()
        for label, count in counts.items():
            self.stdout.write(f"{label}: {count} documents")
