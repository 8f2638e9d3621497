from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from leernetwerk.backup import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Write one archive (database dump, uploaded files, manifest with row counts, checksums "
        "and migrations) to BACKUP_DIR."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dir", help="folder for the archive (default: BACKUP_DIR)")

    def handle(self, *args, **options):
        try:
            archive = create_backup(Path(options["dir"] or settings.BACKUP_DIR))
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(str(archive))
