"""Background jobs of meetings (procrastinate; see leernetwerk/tasks.py for the worker)."""

from procrastinate.contrib.django import app

from meetings.reminders import send_due_reminders


@app.periodic(cron="*/15 * * * *")
@app.task(queue="mail", queueing_lock="send_meeting_reminders")
def send_meeting_reminders(timestamp: int):
    """Queue the reminders that are due (meetings/reminders.py); each goes out once."""
    send_due_reminders()
