from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from leernetwerk.backup import BackupError, restore_backup
from members.deletion_log import file_entries, log_path


class Command(BaseCommand):
    help = (
        "Restore an archive of `backup` into an empty database and an empty MEDIA_ROOT, verify "
        "it against its manifest, then delete again every account in BACKUP_DIR/deletions.jsonl."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="the .tar.gz file that `backup` wrote")

    def handle(self, *args, **options):
        # The log is read before anything changes: it is the memory of deletions made after
        # the backup, and the restored database knows none of them.
        entries = file_entries()
        try:
            done = restore_backup(
                Path(options["archive"]), deletion_entries=entries, log=self.stdout.write
            )
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Restored {done['rows']} rows and {done['files']} files; deleted "
            f"{done['deleted']} account(s) again from the deletion log {log_path()} "
            f"({len(entries)} entries)."
        )
