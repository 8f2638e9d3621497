"""Dates and names the demo meetings share."""

import datetime
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
ALL_MEMBERS = "Alle leden van het leernetwerk"

MONTHS = [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
]  # fmt: skip


def at(year, month, day, hour=0, minute=0):
    """Return the moment on that day and time in Amsterdam."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=AMSTERDAM)


def date_in_words(day):
    """Return the date as the reports write it: "24 januari 2023"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
