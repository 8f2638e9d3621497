"""The upcoming demo meetings, computed from today's date and keyed on their quarter.

So "upcoming" is never empty, and a second run on another day adds at most the next quarter.
"""

import datetime

from django.utils import timezone

from meetings.demo.dates import ALL_MEMBERS, at, date_in_words
from meetings.models import AgendaItem, Meeting

UPCOMING_QUARTERLY_COUNT = 3


def fourth_weekday(year, month, weekday):
    """The fourth given weekday (0 = Monday) of a month."""
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 21)


def second_weekday(year, month, weekday):
    """The second given weekday (0 = Monday) of a month."""
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7)


def quarters_from(today):
    """Yield (year, quarter) pairs, starting with the quarter of `today`."""
    year, quarter = today.year, (today.month - 1) // 3 + 1
    while True:
        yield year, quarter
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)


def upcoming_quarterly(year, quarter):
    """The quarterly meeting of a quarter: the fourth Tuesday of its first month, online.

    That is the day of the seeded quarterly meetings (24 January 2023, 23 January 2024).
    """
    day = fourth_weekday(year, 3 * quarter - 2, weekday=1)
    starts_at = at(day.year, day.month, day.day, 9, 30)
    return {
        "slug": f"kwartaalbijeenkomst-{year}-q{quarter}",
        "title": f"Kwartaalbijeenkomst {date_in_words(day)}",
        "kind": Meeting.Kind.QUARTERLY,
        "format": Meeting.Format.ONLINE,
        "starts_at": starts_at,
        "ends_at": starts_at + datetime.timedelta(hours=2),
        "capacity": 40,
        "online_url": f"https://meet.example.org/leernetwerk-{year}-q{quarter}",
        "audience": ALL_MEMBERS,
        "introduction": (
            "De online kwartaalbijeenkomst van het leernetwerk: twee uur om bij te praten, "
            "elkaars werk te leren kennen en verder te praten over thema's die leden inbrengen. "
            "Heb je een thema? Stel het voor bij „Thema's”, dan zetten de trekkers het op de "
            "agenda."
        ),
        "themes": ["kwartaalbijeenkomst"],
        "goals": [
            "Stand van zaken: de Klein-maar-Fijn-projecten en de agenda's van het leernetwerk.",
            "Uitwisseling en kennismaking met de perspectieven van BOPOD in het LNW-kwartiertje.",
            "Verbinden op actuele thema's en vraagstukken die leden inbrengen.",
        ],
        "agenda": [
            {
                "starts_at": datetime.time(9, 30),
                "kind": AgendaItem.Kind.WELCOME,
                "title": "Welkom en stand van zaken",
            },
            {
                "starts_at": datetime.time(9, 45),
                "kind": AgendaItem.Kind.KWARTIERTJE,
                "title": "LNW-kwartiertje",
                "description": (
                    "Een lid vertelt over het eigen werk. Wie aan de beurt is, hoor je van de "
                    "trekkers."
                ),
            },
            {
                "starts_at": datetime.time(10, 5),
                "kind": AgendaItem.Kind.WORK_SESSION,
                "title": "Thema's vanuit de leden: in gesprek in subgroepen",
            },
            {
                "starts_at": datetime.time(11, 0),
                "kind": AgendaItem.Kind.REFLECTION,
                "title": "Terugkoppeling uit de subgroepen",
            },
            {
                "starts_at": datetime.time(11, 20),
                "kind": AgendaItem.Kind.CLOSING,
                "title": "Vervolg en afsluiting",
            },
        ],
    }


def upcoming_live(year, quarter):
    """The yearly live meeting, hybrid: the second Thursday of the quarter's middle month."""
    day = second_weekday(year, 3 * quarter - 1, weekday=3)
    starts_at = at(day.year, day.month, day.day, 15)
    return {
        "slug": f"live-bijeenkomst-{year}-q{quarter}",
        "title": f"Live bijeenkomst {date_in_words(day)}: samen leren, werken en innoveren",
        "kind": Meeting.Kind.LIVE,
        "format": Meeting.Format.HYBRID,
        "venue": "De Smulhoeve",
        "starts_at": starts_at,
        "ends_at": starts_at + datetime.timedelta(hours=5),
        "capacity": 30,
        "online_url": f"https://meet.example.org/leernetwerk-live-{year}-q{quarter}",
        "audience": ALL_MEMBERS,
        "introduction": (
            "Elkaar in het echt ontmoeten: een middag werken aan gedeelde taal en de vertaling "
            "van visie naar de praktijk, met daarna een informeel diner. Wie niet kan komen, "
            "doet online mee met het middagdeel. Er zijn 30 plaatsen op locatie."
        ),
        "themes": ["taal", "samenwerken na scheiding"],
        "goals": [
            "Verbinding en uitwisseling in het leernetwerk.",
            "Werksessie: visie en taal vertalen naar de praktijk.",
            "Informeel dineren.",
        ],
        "agenda": [
            {
                "starts_at": datetime.time(15, 0),
                "kind": AgendaItem.Kind.WELCOME,
                "title": "Inloop en welkom",
            },
            {
                "starts_at": datetime.time(15, 30),
                "kind": AgendaItem.Kind.WORK_SESSION,
                "title": "Werksessie: het begrippenkader in je eigen werk",
                "description": "We werken met voorbeelden uit de praktijk van de deelnemers.",
            },
            {
                "starts_at": datetime.time(17, 30),
                "kind": AgendaItem.Kind.INFORMAL,
                "title": "Informeel dineren",
            },
            {
                "starts_at": datetime.time(19, 30),
                "kind": AgendaItem.Kind.CLOSING,
                "title": "Afsluiting",
            },
        ],
    }


def upcoming_meetings(now):
    """The next three quarterly meetings and the next live meeting that have not started."""
    quarterlies = []
    live = None
    for year, quarter in quarters_from(timezone.localdate(now)):
        meeting = upcoming_quarterly(year, quarter)
        if meeting["starts_at"] > now and len(quarterlies) < UPCOMING_QUARTERLY_COUNT:
            quarterlies.append(meeting)
        candidate = upcoming_live(year, quarter)
        if live is None and candidate["starts_at"] > now:
            live = candidate
        if live and len(quarterlies) == UPCOMING_QUARTERLY_COUNT:
            return [*quarterlies, live]
