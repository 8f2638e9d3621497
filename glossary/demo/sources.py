"""The sources the demo begrippenkader cites, named once so every entry spells them alike.

The network's own documents (the seeds), Dutch law as it stands (article numbers are those of
the Burgerlijk Wetboek Boek 1 and the Wetboek van Burgerlijke Rechtsvordering), the national
guideline for professionals, and the public pages of the authorities that explain the terms
(Rijksoverheid, Rechtspraak, the Raad voor de Kinderbescherming, the NJi). Where no single
report says it, the general page of the authority is named rather than a made-up title.
"""

# -- The network's own documents (the seeds) -----------------------------------------------

TAALONDERZOEK = (
    "Taalonderzoek van het leernetwerk (C. Vrijhof en M. Klein Velderman, TNO), "
    "kennissessie gemeenten, Gouda, 3 september 2024"
)
VERSLAG_JAN_2023 = "Verslag bijeenkomst leernetwerk, 24 januari 2023"
FACTSHEET_OKT_2023 = "Factsheet kwartaalbijeenkomst leernetwerk, 2 oktober 2023"
THEMAS_LEDEN = "Factsheet leernetwerk: thema's vanuit de leden (triage, preventie), 2023"
KENNISSESSIE = "Verslag kennissessie over scheiding voor gemeentes, Gouda, 3 september 2024"

# -- Guideline and knowledge institutes -----------------------------------------------------

# Developed by the NJi and Utrecht University for BPSW, NIP and NVO; richtlijnenjeugdhulp.nl.
RICHTLIJN = (
    "Richtlijn Scheiding en problemen van jeugdigen voor jeugdhulp en jeugdbescherming "
    "(NJi, herziene versie 2020)"
)
NJI_DATABANK = "NJi, Databank Effectieve Jeugdinterventies"
DSM5 = "DSM-5 (American Psychiatric Association, 2013): PAS is geen erkende diagnose"

# -- Law ----------------------------------------------------------------------------------

BW_GEZAG = "Burgerlijk Wetboek Boek 1 (sinds 1995 'gezag' in plaats van 'ouderlijke macht')"
BW_VOOGDIJ = "Burgerlijk Wetboek Boek 1, art. 245 (gezag: ouderlijk gezag en voogdij)"
BW_GELIJKWAARDIG = (
    "Burgerlijk Wetboek Boek 1, art. 247 (gezag; na scheiding recht op gelijkwaardige "
    "verzorging en opvoeding door beide ouders)"
)
BW_GEZAG_NA_SCHEIDING = "Burgerlijk Wetboek Boek 1, art. 251 en 251a (gezag na scheiding)"
BW_GESCHIL = (
    "Burgerlijk Wetboek Boek 1, art. 253a (geschil over het gezag: zorgregeling, "
    "hoofdverblijf, vervangende toestemming)"
)
BW_CURATOR = "Burgerlijk Wetboek Boek 1, art. 250 (bijzondere curator)"
BW_OMGANG = "Burgerlijk Wetboek Boek 1, art. 377a (recht op omgang)"
BW_INFORMATIE = "Burgerlijk Wetboek Boek 1, art. 377b en 377c (informatie over het kind)"
BW_KINDERALIMENTATIE = (
    "Burgerlijk Wetboek Boek 1, art. 404 en 395a (kosten van verzorging en opvoeding; "
    "levensonderhoud en studie van 18 tot 21 jaar)"
)
BW_KINDERBESCHERMING = (
    "Burgerlijk Wetboek Boek 1, art. 255, 265b en 266 (ondertoezichtstelling, "
    "uithuisplaatsing, beëindiging van het gezag)"
)
RV_ECHTSCHEIDING = (
    "Wetboek van Burgerlijke Rechtsvordering, art. 815 (verzoek tot echtscheiding, "
    "met ouderschapsplan)"
)
RV_HOREN = "Wetboek van Burgerlijke Rechtsvordering, art. 809 (horen van minderjarigen)"
WET_VOORTGEZET_OUDERSCHAP = (
    "Wet bevordering voortgezet ouderschap en zorgvuldige scheiding (in werking 1 maart 2009)"
)
WET_KINDERBESCHERMING_2015 = (
    "Wet herziening kinderbeschermingsmaatregelen (in werking 1 januari 2015): ontheffing "
    "en ontzetting vervangen door één maatregel die het gezag beëindigt"
)
JEUGDWET = (
    "Jeugdwet (in werking 1 januari 2015): jeugdbescherming door gecertificeerde "
    "instellingen, jeugdhulp via de gemeente"
)
WMO_VEILIG_THUIS = (
    "Wet maatschappelijke ondersteuning 2015, hoofdstuk 4: het advies- en meldpunt huiselijk "
    "geweld en kindermishandeling (Veilig Thuis) vervangt AMK en SHG"
)
WET_AFSTAMMING = (
    "Wet herziening afstammingsrecht (in werking 1 april 1998): geen onderscheid meer "
    "tussen 'wettige' en 'natuurlijke' kinderen"
)
WET_PARTNERALIMENTATIE = "Wet herziening partneralimentatie (in werking 1 januari 2020)"

# -- Public pages of the authorities ---------------------------------------------------------

RIJKSOVERHEID_OUDERSCHAPSPLAN = "Rijksoverheid: Ouderschapsplan"
RIJKSOVERHEID_SCHEIDEN = "Rijksoverheid: Scheiden"
RIJKSOVERHEID_GEZAG = "Rijksoverheid: Gezag over een kind"
RIJKSOVERHEID_ALIMENTATIE = "Rijksoverheid: Alimentatie"
RIJKSOVERHEID_JEUGDBESCHERMING = "Rijksoverheid: Jeugdbescherming"
RECHTSPRAAK_SCHEIDING = "Rechtspraak.nl: Scheiden (kinderen, gezag en omgang)"
RECHTSPRAAK_KINDGESPREK = "Rechtspraak.nl: Kindgesprek"
RECHTSPRAAK_MEDIATION = "Rechtspraak.nl: Mediation naast rechtspraak"
RECHTSPRAAK_ALIMENTATIE = (
    "Rechtspraak.nl: Alimentatienormen (Tremanormen) van de Expertgroep Alimentatienormen"
)
RAAD_KINDERBESCHERMING = "Raad voor de Kinderbescherming: Scheiding, gezag en omgang"
