"""The demo texts of participation: fictional members' offers, answers and walk-ins."""

KWARTIERTJE_OFFERS = [
    {
        "email": "lid@example.org",
        "topic": "Kinderen een stem geven in het ouderschapsplan",
        "description": "Hoe wij in de wijkteams met kinderen praten voordat ouders het "
        "ouderschapsplan maken, en wat dat oplevert.",
    },
    {
        "email": "anouk.bakker@example.org",
        "topic": "Triage bij de gemeente: wat we leerden in één jaar",
        "description": "Een eerlijk verhaal over onze eerste ervaringen met triage bij "
        "complexe scheidingsproblematiek.",
    },
    {
        "email": "daan.mulder@example.org",
        "topic": "Scheiding en school",
        "description": "Wat leerkrachten merken als ouders uit elkaar gaan, en hoe de school "
        "kan meedenken.",
    },
]

# Demo members who came to every past demo meeting (their profiles give perspective and region).
ATTENDING_EMAILS = [
    "trekker@example.org",
    "lid@example.org",
    "anouk.bakker@example.org",
    "bram.visser@example.org",
    "carla.smit@example.org",
    "daan.mulder@example.org",
]

WALK_IN = {
    "name": "Wendy Binnenloper",
    "organisation": "Gemeente Alphen aan den Rijn",
    "perspectives": ["policy"],
    "region": "holland-rijnland",
}

REFLECTION_ANSWERS = [
    {
        "email": "lid@example.org",
        "text": "Ik ga in mijn team vaker vragen wat het kind zelf wil, voordat we met "
        "ouders om tafel gaan.",
        "show_name": True,
        "status": "approved",
    },
    {
        "email": "carla.smit@example.org",
        "text": "Meer samen optrekken met het onderwijs: de school ziet vaak als eerste dat "
        "het thuis niet goed gaat.",
        "show_name": False,
        "status": "pending",
    },
]
