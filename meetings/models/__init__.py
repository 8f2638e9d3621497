"""Meetings (bijeenkomsten) of the network: agenda, report, factsheets and registrations.

A meeting has ordered goals and agenda items. Its report (verslag) is written in Markdown by
trekkers; the sanitised HTML is stored on save so pages never render Markdown per request.
Registrations hold both the confirmed places and the waiting list; `meetings.services`
is the only code that changes their status, under a row lock on the meeting.
"""

from meetings.models.factsheet import (
    FACTSHEET_MAX_MEGABYTES,
    Factsheet,
    FactsheetQuerySet,
    factsheet_upload_to,
)
from meetings.models.meeting import AgendaItem, Goal, GoodToKnow, Meeting, MeetingQuerySet
from meetings.models.notices import CalendarLink, Mailing, MailingRecipient, Reminder
from meetings.models.registration import Registration, RegistrationQuerySet
from meetings.models.report import (
    FollowUp,
    Reflection,
    Report,
    ReportPart,
    ReportQuerySet,
    ReportSection,
    Subgroup,
)

__all__ = [
    "FACTSHEET_MAX_MEGABYTES",
    "AgendaItem",
    "CalendarLink",
    "Factsheet",
    "FactsheetQuerySet",
    "FollowUp",
    "Goal",
    "GoodToKnow",
    "Mailing",
    "MailingRecipient",
    "Meeting",
    "MeetingQuerySet",
    "Reflection",
    "Registration",
    "Reminder",
    "RegistrationQuerySet",
    "Report",
    "ReportPart",
    "ReportQuerySet",
    "ReportSection",
    "Subgroup",
    "factsheet_upload_to",
]
