"""Background jobs on procrastinate (PostgreSQL itself is the queue: nothing more to run).

The worker is `python manage.py procrastinate worker`; `make run` starts one beside the
development server. Periodic jobs are declared here with their schedule (cron syntax, read
in UTC).
"""

from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from procrastinate import RetryStrategy
from procrastinate.contrib.django import app

from leernetwerk import mail
from leernetwerk.backup import create_backup, prune_backups
from leernetwerk.models import OutgoingMail

# Eleven tries, waiting 3 s, 9 s, 27 s, 1.5 min, 4 min, 12 min, 36 min, 1.8 h, 5.5 h and 16 h
# in between: a mail server that is down for a day loses nothing.
MAIL_RETRY = RetryStrategy(
    max_attempts=10, exponential_wait=3, retry_exceptions={mail.DeliveryFailed}
)
# A mail whose job was lost (a worker killed mid-run) is picked up after this long.
LOST_AFTER = timedelta(minutes=15)
# Sent mails are kept this long, to answer "did they get it?", then deleted (AVG).
KEEP_SENT = timedelta(days=30)
KEEP_FAILED = timedelta(days=90)


@app.task(queue="mail", retry=MAIL_RETRY, pass_context=True)
def deliver_mail(context, mail_id: int):
    # procrastinate counts the tries before this one; after max_attempts it stops retrying.
    mail.deliver(mail_id, final_attempt=context.job.attempts >= MAIL_RETRY.max_attempts)


@app.periodic(cron="*/15 * * * *")
@app.task(queue="mail", queueing_lock="deliver_lost_mail")
def deliver_lost_mail(timestamp: int):
    """Send queued mail that was never tried: its job was lost (say, a restored database)."""
    mail.deliver_waiting(older_than=timezone.now() - LOST_AFTER)


@app.periodic(cron="30 3 * * *")
@app.task(queueing_lock="forget_old_mail")
def forget_old_mail(timestamp: int):
    """Delete sent mail after KEEP_SENT and failed mail after KEEP_FAILED; old finished jobs too."""
    now = timezone.now()
    OutgoingMail.objects.filter(
        status=OutgoingMail.Status.SENT, sent_at__lt=now - KEEP_SENT
    ).delete()
    OutgoingMail.objects.failed().filter(created_at__lt=now - KEEP_FAILED).delete()


@app.periodic(cron="45 3 * * *")
@app.task(queueing_lock="forget_old_jobs", pass_context=True)
async def forget_old_jobs(context, timestamp: int):
    """Delete finished jobs of the queue (failed ones too) once the outbox no longer needs them."""
    await context.app.job_manager.delete_old_jobs(
        nb_hours=int(KEEP_FAILED.total_seconds() // 3600),
        include_failed=True,
        include_cancelled=True,
        include_aborted=True,
    )


@app.periodic(cron="0 2 * * *")
@app.task(queue="backup", queueing_lock="nightly_backup")
def nightly_backup(timestamp: int):
    """With BACKUP_NIGHTLY=1: write the night's archive, keep BACKUP_KEEP_DAYS of them."""
    if not settings.BACKUP_NIGHTLY:
        return
    create_backup(Path(settings.BACKUP_DIR))
    prune_backups(Path(settings.BACKUP_DIR), keep_days=settings.BACKUP_KEEP_DAYS)
