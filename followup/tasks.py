"""The evaluation mail, the day after a meeting (cron in UTC: 08:00 is 09:00 or 10:00 in NL)."""

from procrastinate.contrib.django import app

from followup import services


@app.periodic(cron="0 8 * * *")
@app.task(queueing_lock="invite_for_evaluations")
def invite_for_evaluations(timestamp: int):
    """Mail the confirmed registrants of yesterday's meetings their personal evaluation link."""
    services.invite_for_evaluations()
