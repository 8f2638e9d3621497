"""Background jobs on procrastinate (PostgreSQL itself is the queue: nothing more to run).

The worker is `python manage.py procrastinate worker`; `make run` starts one beside the
development server. Periodic jobs are declared here with their schedule (cron syntax, read
in UTC).
"""

from datetime import timedelta

from django.utils import timezone
from procrastinate import RetryStrategy
from procrastinate.contrib.django import app

from leernetwerk import mail
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
