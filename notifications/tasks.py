"""The worker's part: direct notifications every five minutes, the digest once a week.

Cron is read in UTC, so the digest job runs every hour and acts only in the hour that is
DIGEST_HOUR on DIGEST_WEEKDAY in Amsterdam: 07:00 on Monday in summer and in winter alike.
"""

from datetime import UTC, datetime

from django.conf import settings
from django.utils import timezone
from procrastinate.contrib.django import app

from notifications import services


@app.periodic(cron="*/5 * * * *")
@app.task(queue="default", queueing_lock="send_direct_notifications")
def send_direct_notifications(timestamp: int):
    """Mail members who want news at once what was published or opened since the last run."""
    services.send_direct_notifications()


def is_digest_hour(moment: datetime) -> bool:
    local = timezone.localtime(moment)
    return local.isoweekday() == settings.DIGEST_WEEKDAY and local.hour == settings.DIGEST_HOUR


@app.periodic(cron="0 * * * *")
@app.task(queue="default", queueing_lock="send_weekly_digest")
def send_weekly_digest(timestamp: int):
    """In the digest hour: send each member the news of the week they chose for the digest."""
    scheduled = datetime.fromtimestamp(timestamp, tz=UTC)
    if is_digest_hour(scheduled):
        services.send_digests(until=scheduled)
