"""Where the demo actions stand, and the demo evaluations (fictional answers)."""

from followup.models import Action

# The "Vervolg" lines that are no action to follow (a date to remember).
NOT_ACTIONS = ("Volgende kwartaalbijeenkomst",)

# (meeting slug, position in its "Vervolg") -> how the action stands; others stay open.
PROGRESS = {
    ("kwartaalbijeenkomst-24-januari-2023", 1): {
        "status": Action.Status.DONE,
        "note": "Besproken in de kwartaalbijeenkomst van 2 oktober 2023.",
        "themes": ["Klein-maar-Fijn"],
    },
    ("kwartaalbijeenkomst-24-januari-2023", 2): {
        "status": Action.Status.DONE,
        "note": "De vorm is vastgelegd: online kwartaalbijeenkomsten, kleine groepen op locatie.",
        "themes": ["vorm van het overleg"],
    },
    ("kwartaalbijeenkomst-2-oktober-2023", 1): {
        "status": Action.Status.UNDER_WAY,
        "note": "Een eerste groep van vijf leden is begonnen.",
        "themes": ["cultuursensitief werken"],
    },
    ("kwartaalbijeenkomst-2-oktober-2023", 2): {
        "status": Action.Status.DONE,
        "themes": ["Klein-maar-Fijn"],
    },
    ("kwartaalbijeenkomst-23-januari-2024", 1): {
        "status": Action.Status.DONE,
        "note": "Het project loopt; zie de projectpagina.",
        "themes": ["taal rond scheiding"],
    },
    ("kwartaalbijeenkomst-23-januari-2024", 2): {
        "status": Action.Status.DROPPED,
        "note": "Gaat verder als vaste oproep in elke kwartaalbijeenkomst.",
    },
    # Lotte (lid@example.org) takes this one up in the demo, so she can update it herself.
    ("kennissessie-gemeenten-gouda-3-september-2024", 1): {
        "status": Action.Status.UNDER_WAY,
        "owner_member": "lid@example.org",
        "note": "De vragenlijst is klaar; de verbindingsfunctionarissen sturen hem rond.",
        "themes": ["regio Midden-Holland"],
    },
}

# Evaluations with fictional answers: (overall 1-5, format yes/partly/no, keep, change).
EVALUATIONS = [
    {
        "meeting": "kennissessie-gemeenten-gouda-3-september-2024",
        "extra_questions": "Welk onderwerp wil je bij een volgende kennissessie bespreken?",
        "published_summary": (
            "Vijf deelnemers vulden de evaluatie in; het gemiddelde oordeel was een 4,2. "
            "De gesprekken in kleine groepen werden het meest gewaardeerd. Een volgende keer "
            "willen deelnemers meer tijd voor vragen aan de presentatoren."
        ),
        "answers": [
            (5, "yes", "De gesprekken in kleine groepen.", "", "Ouderschapsplannen"),
            (4, "yes", "Voorbeelden uit de eigen regio.", "Meer tijd voor vragen.", ""),
            (4, "partly", "", "Minder presentaties, meer gesprek.", "Juridische kant"),
            (3, "partly", "De locatie in Gouda.", "Beter geluid in de zaal.", ""),
            (5, "yes", "Gemeenten en praktijk samen aan tafel.", "", "Triage"),
        ],
    },
    {
        "meeting": "kwartaalbijeenkomst-23-januari-2024",
        "extra_questions": "",
        "published_summary": "",
        "answers": [
            (4, "yes", "De thema's vanuit de leden.", "", ""),
            (4, "yes", "Online en kort: twee uur is goed.", "", ""),
            (2, "no", "", "Ik miste het perspectief van de advocatuur.", ""),
        ],
    },
]
