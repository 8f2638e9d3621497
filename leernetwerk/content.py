"""Fixed texts about the network itself, shown on the home page and elsewhere."""

NETWORK_AMBITION = (
    "Vanuit een gemeenschappelijke visie en taal leren, werken en innoveren wij rondom scheiding."
)

# The BOPOD perspectives that take part in the network.
BOPOD_PERSPECTIVES = [
    ("Beleid", "Beleidsmakers van gemeenten en andere organisaties."),
    ("Onderwijs", "Docenten en opleiders die professionals van morgen opleiden."),
    ("Praktijk", "Professionals die met kinderen en ouders werken."),
    ("Onderzoek", "Onderzoekers die kennis ontwikkelen en delen."),
    ("Doelgroep", "Ouders, jongeren en ervaringsdeskundigen (ExpEx)."),
]
