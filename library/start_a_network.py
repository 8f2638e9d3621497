"""Advice for other regions, taken from the network's own reports and newsletter (B1 Dutch).

Each step: a heading, what to do, and where the network learned it (shown as the source).
"""

ADVICE = [
    {
        "heading": "Bouw voort op wat er al is",
        "text": (
            "Begin niet bij nul. Ons leernetwerk kwam voort uit het Regiolab Den Haag van het "
            "programma Scheiden zonder Schade. We bouwden verder op een kenniswerkplaats die er "
            "al was: Werkplaats SAMEN. Zoek in jouw regio naar zo'n netwerk en naar groepen die "
            "al samenwerken."
        ),
        "source": "Interview met de kwartiermaker, nieuwsbrief SAMEN (2022)",
    },
    {
        "heading": "Begin met een kwartiermaker",
        "text": (
            "Laat één persoon een paar maanden gesprekken voeren met organisaties in de regio. "
            "Wat hebben zij nodig? Wat kunnen zij geven? Uit die gesprekken komt een agenda "
            "voor het netwerk."
        ),
        "source": "Interview met de kwartiermaker, nieuwsbrief SAMEN (2022)",
    },
    {
        "heading": "Haal alle perspectieven aan tafel",
        "text": (
            "Nodig beleid, onderwijs, praktijk, onderzoek en de doelgroep uit: ouders, jongeren "
            "en ervaringsdeskundigen. Denk ook aan het recht: rechtspraak, advocaten en "
            "mediators. Zij misten wij in het begin. Zorg dat ervaringsdeskundigen vanaf de "
            "start meedoen. Zo toets je of wat je doet echt helpt."
        ),
        "source": "Kennissessie voor gemeenten, Gouda (3 september 2024)",
    },
    {
        "heading": "Spreek eerst een gedeelde visie en taal af",
        "text": (
            "Maak het eerste jaar een gezamenlijke visie en spreek samen af welke woorden je "
            "gebruikt. Wij maakten een begrippenkader met een tipsheet. Zeg bijvoorbeeld "
            "'complexe scheidingsproblematiek' en niet een woord dat schuld geeft. In het tweede "
            "jaar breng je visie en taal naar de praktijk."
        ),
        "source": "Bijeenkomst 2 oktober 2023",
    },
    {
        "heading": "Kies een vaste vorm voor de bijeenkomsten",
        "text": (
            "Wij komen elk kwartaal twee uur online bij elkaar. Elke bijeenkomst heeft een "
            "duidelijk doel en een agenda die daarbij past. Kleine groepen kunnen ook op een "
            "locatie afspreken. Eén keer per jaar is een live bijeenkomst fijn om elkaar echt "
            "te ontmoeten."
        ),
        "source": "Bijeenkomst 24 januari 2023",
    },
    {
        "heading": "Laat leden hun eigen werk en thema's inbrengen",
        "text": (
            "In elk overleg vertelt een lid een kwartier over het eigen werk. Leden brengen ook "
            "thema's in. Een kleine groep praat daar verder over en vertelt er de volgende keer "
            "over aan iedereen."
        ),
        "source": "Bijeenkomst 2 oktober 2023",
    },
    {
        "heading": "Werk in kleine projecten",
        "text": (
            "Grote plannen duren lang. Wij werken in Klein-maar-Fijn-projecten: kleine "
            "projecten van leden die passen bij een van de agenda's van het netwerk. Laat een "
            "project vooraf toetsen op privacy en ethiek als het nodig is."
        ),
        "source": "Thema's vanuit de leden (2023)",
    },
    {
        "heading": "Houd het simpel",
        "text": (
            "Praat niet te lang over hoe het netwerk georganiseerd is. Leg uit wat de bedoeling "
            "is: het gaat om kinderen en hun ouders. Vertrouw elkaar en laat je waar het kan "
            "vertegenwoordigen."
        ),
        "source": "Afscheidsinterview regiocoördinator, nieuwsbrief SAMEN",
    },
    {
        "heading": "Maak het netwerk bekend en deel wat je maakt",
        "text": (
            "Gemeenten vertelden ons: veel mensen kennen het netwerk niet. Een toolkit helpt om "
            "het gesprek met collega's te starten. Laat mensen zelf ervaren wat gedeelde taal "
            "doet, bijvoorbeeld met beeldkaarten. Deel nieuws ook via lokale media."
        ),
        "source": "Kennissessie voor gemeenten, Gouda (3 september 2024)",
    },
]
