"""Demo accounts, organisations and member profiles for development.

The organisations are the ones named in the network's own documents (seeds 000, 003, 004). The
people are fictional, with example.org addresses. The logins are listed in README.md.
"""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.utils import timezone

from members.models import Organisation, Perspective, Profile, Region, User
from members.privacy import record_consent
from members.roles import TREKKERS_GROUP

DEMO_PASSWORD = "leernetwerk-demo"

Kind = Organisation.Kind
Role = Profile.NetworkRole
TargetGroup = Profile.TargetGroupKind
Contact = Profile.ContactPreference

ORGANISATIONS = [
    # (name, kind, region, website)
    ("TNO", Kind.KNOWLEDGE_INSTITUTE, Region.HAAGLANDEN, "https://www.tno.nl"),
    ("Veilig Thuis Haaglanden", Kind.CARE_PROVIDER, Region.HAAGLANDEN, ""),
    ("Kenniscentrum Kind en Scheiding", Kind.KNOWLEDGE_INSTITUTE, Region.HAAGLANDEN, ""),
    ("Werkplaats SAMEN", Kind.NETWORK, Region.HOLLAND_RIJNLAND, ""),
    ("Gemeente Den Haag", Kind.MUNICIPALITY, Region.HAAGLANDEN, "https://www.denhaag.nl"),
    ("Gemeente Gouda", Kind.MUNICIPALITY, Region.MIDDEN_HOLLAND, "https://www.gouda.nl"),
    ("Gemeente Leidschendam-Voorburg", Kind.MUNICIPALITY, Region.HAAGLANDEN, ""),
    ("Delft Support", Kind.CARE_PROVIDER, Region.HAAGLANDEN, ""),
    (
        "De Haagse Hogeschool",
        Kind.EDUCATION,
        Region.HAAGLANDEN,
        "https://www.dehaagsehogeschool.nl",
    ),
    ("Hogeschool Inholland", Kind.EDUCATION, Region.ELSEWHERE, "https://www.inholland.nl"),
    ("Hogeschool Leiden", Kind.EDUCATION, Region.HOLLAND_RIJNLAND, "https://www.hsleiden.nl"),
    (
        "Universiteit Leiden",
        Kind.EDUCATION,
        Region.HOLLAND_RIJNLAND,
        "https://www.universiteitleiden.nl",
    ),
    ("Nederlands Jeugdinstituut", Kind.KNOWLEDGE_INSTITUTE, Region.ELSEWHERE, "https://www.nji.nl"),
    ("Raad voor de Kinderbescherming", Kind.JUDICIARY, Region.ELSEWHERE, ""),
    ("Zorg- en Veiligheidshuis Haaglanden", Kind.CARE_PROVIDER, Region.HAAGLANDEN, ""),
]

P = Perspective
# (e-mail, first name, last name, perspectives, target group kind, organisation, function,
#  region, role, themes, show e-mail?, visible?)
MEMBERS = [
    (
        "trekker@example.org",
        "Tessa",
        "Trekker",
        [P.RESEARCH],
        "",
        "TNO",
        "Onderzoeker",
        Region.HAAGLANDEN,
        Role.TREKKER,
        ["taal rond scheiding", "triage"],
        True,
        True,
    ),
    (
        "lid@example.org",
        "Lotte",
        "de Lid",
        [P.PRACTICE],
        "",
        "Veilig Thuis Haaglanden",
        "Medewerker Veilig Thuis",
        Region.HAAGLANDEN,
        Role.MEMBER,
        ["MASIC", "veiligheid"],
        True,
        True,
    ),
    (
        "anouk.bakker@example.org",
        "Anouk",
        "Bakker",
        [P.POLICY],
        "",
        "Gemeente Den Haag",
        "Beleidsadviseur jeugd",
        Region.HAAGLANDEN,
        Role.MEMBER,
        ["preventie", "wijkteams"],
        True,
        True,
    ),
    (
        "bram.visser@example.org",
        "Bram",
        "Visser",
        [P.POLICY],
        "",
        "Gemeente Gouda",
        "Jeugdconsulent",
        Region.MIDDEN_HOLLAND,
        Role.MEMBER,
        ["denkkader", "wijkteams"],
        False,
        True,
    ),
    (
        "carla.smit@example.org",
        "Carla",
        "Smit",
        [P.POLICY, P.PRACTICE],
        "",
        "Gemeente Leidschendam-Voorburg",
        "Beleidsmedewerker sociaal domein",
        Region.HAAGLANDEN,
        Role.MEMBER,
        ["preventie"],
        True,
        True,
    ),
    (
        "daan.mulder@example.org",
        "Daan",
        "Mulder",
        [P.EDUCATION],
        "",
        "De Haagse Hogeschool",
        "Docent social work",
        Region.HAAGLANDEN,
        Role.MEMBER,
        ["opleiding professionals"],
        True,
        True,
    ),
    (
        "eva.dekker@example.org",
        "Eva",
        "Dekker",
        [P.EDUCATION, P.RESEARCH],
        "",
        "Hogeschool Leiden",
        "Docent-onderzoeker",
        Region.HOLLAND_RIJNLAND,
        Role.MEMBER,
        ["opleiding professionals", "taal rond scheiding"],
        False,
        True,
    ),
    (
        "farid.elamrani@example.org",
        "Farid",
        "El Amrani",
        [P.EDUCATION],
        "",
        "Hogeschool Inholland",
        "Opleidingscoördinator",
        Region.ELSEWHERE,
        Role.MEMBER,
        ["cultuursensitief werken"],
        True,
        True,
    ),
    (
        "gerda.vandam@example.org",
        "Gerda",
        "van Dam",
        [P.PRACTICE],
        "",
        "Delft Support",
        "Gezinscoach",
        Region.HAAGLANDEN,
        Role.MEMBER,
        ["duurzaam samenwerken", "denkkader"],
        True,
        True,
    ),
    (
        "hamza.yilmaz@example.org",
        "Hamza",
        "Yilmaz",
        [P.PRACTICE],
        "",
        "Zorg- en Veiligheidshuis Haaglanden",
        "Casusregisseur",
        Region.HAAGLANDEN,
        Role.MEMBER,
        ["veiligheid", "MASIC"],
        False,
        True,
    ),
    (
        "ingrid.peters@example.org",
        "Ingrid",
        "Peters",
        [P.PRACTICE],
        "",
        "Kenniscentrum Kind en Scheiding",
        "Kindbehartiger",
        Region.HAAGLANDEN,
        Role.MEMBER,
        ["kind centraal", "beeldenbieb"],
        True,
        True,
    ),
    (
        "jeroen.vos@example.org",
        "Jeroen",
        "Vos",
        [P.PRACTICE],
        "",
        "Raad voor de Kinderbescherming",
        "Raadsonderzoeker",
        Region.MIDDEN_HOLLAND,
        Role.MEMBER,
        ["triage"],
        False,
        True,
    ),
    (
        "karin.jansen@example.org",
        "Karin",
        "Jansen",
        [P.RESEARCH],
        "",
        "TNO",
        "Onderzoeker jeugd en gezin",
        Region.HAAGLANDEN,
        Role.TREKKER,
        ["taal rond scheiding", "vaderbetrokkenheid"],
        True,
        True,
    ),
    (
        "lucas.hendriks@example.org",
        "Lucas",
        "Hendriks",
        [P.RESEARCH],
        "",
        "Universiteit Leiden",
        "Promovendus",
        Region.HOLLAND_RIJNLAND,
        Role.MEMBER,
        ["contactverlies"],
        True,
        True,
    ),
    (
        "mila.dejong@example.org",
        "Mila",
        "de Jong",
        [P.RESEARCH, P.EDUCATION],
        "",
        "Nederlands Jeugdinstituut",
        "Adviseur",
        Region.ELSEWHERE,
        Role.MEMBER,
        ["vaderbetrokkenheid"],
        False,
        True,
    ),
    (
        "nadia.bouzid@example.org",
        "Nadia",
        "Bouzid",
        [P.RESEARCH],
        "",
        "Kenniscentrum Kind en Scheiding",
        "Onderzoeker",
        Region.HAAGLANDEN,
        Role.TREKKER,
        ["cultuursensitief werken", "triage"],
        True,
        True,
    ),
    (
        "olga.meijer@example.org",
        "Olga",
        "Meijer",
        [P.TARGET_GROUP],
        TargetGroup.PARENT,
        None,
        "",
        Region.HAAGLANDEN,
        Role.FAMILY_REPRESENTATIVE,
        ["kind centraal"],
        False,
        True,
    ),
    (
        "pieter.devries@example.org",
        "Pieter",
        "de Vries",
        [P.TARGET_GROUP],
        TargetGroup.PARENT,
        None,
        "",
        Region.MIDDEN_HOLLAND,
        Role.FAMILY_REPRESENTATIVE,
        ["vaderbetrokkenheid", "contactverlies"],
        False,
        True,
    ),
    (
        "roos.willems@example.org",
        "Roos",
        "Willems",
        [P.TARGET_GROUP],
        TargetGroup.YOUTH,
        None,
        "",
        Region.HOLLAND_RIJNLAND,
        Role.EXPERT_BY_EXPERIENCE,
        ["stem van het kind"],
        False,
        True,
    ),
    (
        "sem.vandenberg@example.org",
        "Sem",
        "van den Berg",
        [P.TARGET_GROUP],
        TargetGroup.YOUTH,
        None,
        "",
        Region.HAAGLANDEN,
        Role.EXPERT_BY_EXPERIENCE,
        ["stem van het kind"],
        False,
        True,
    ),
    (
        "tamara.kok@example.org",
        "Tamara",
        "Kok",
        [P.TARGET_GROUP, P.PRACTICE],
        TargetGroup.EXPERT_BY_EXPERIENCE,
        "Werkplaats SAMEN",
        "Ervaringsdeskundige (ExpEx)",
        Region.HOLLAND_RIJNLAND,
        Role.EXPERT_BY_EXPERIENCE,
        ["ervaringskennis"],
        True,
        True,
    ),
    (
        "umar.haddou@example.org",
        "Umar",
        "Haddou",
        [P.TARGET_GROUP],
        TargetGroup.EXPERT_BY_EXPERIENCE,
        None,
        "",
        Region.ELSEWHERE,
        Role.EXPERT_BY_EXPERIENCE,
        ["ervaringskennis", "cultuursensitief werken"],
        False,
        True,
    ),
    (
        "vera.bos@example.org",
        "Vera",
        "Bos",
        [P.POLICY],
        "",
        "Werkplaats SAMEN",
        "Coördinator",
        Region.HOLLAND_RIJNLAND,
        Role.TREKKER,
        ["regionale samenwerking"],
        True,
        True,
    ),
    (
        "willem.kuipers@example.org",
        "Willem",
        "Kuipers",
        [P.PRACTICE],
        "",
        "Delft Support",
        "Jeugdhulpverlener",
        Region.HAAGLANDEN,
        Role.MEMBER,
        ["duurzaam samenwerken"],
        False,
        False,
    ),
    (
        "yara.hoekstra@example.org",
        "Yara",
        "Hoekstra",
        [P.EDUCATION],
        "",
        "De Haagse Hogeschool",
        "Student-onderzoeker",
        Region.HAAGLANDEN,
        Role.MEMBER,
        ["opleiding professionals"],
        False,
        True,
    ),
    (
        "zeynep.aydin@example.org",
        "Zeynep",
        "Aydin",
        [P.POLICY],
        "",
        "Gemeente Gouda",
        "Beleidsadviseur",
        Region.MIDDEN_HOLLAND,
        Role.MEMBER,
        ["denkkader"],
        True,
        True,
    ),
]

PENDING_MEMBER = ("nog.niet.goedgekeurd@example.org", "Noor", "Nieuwkomer")
TREKKER_EMAILS = {"trekker@example.org"}


def ensure_account(email, first_name, last_name, *, trekker=False, approved=True):
    """Return the demo account for `email` and whether it was made now.

    A missing account is created verified, with the demo password. An account that exists
    stays exactly as it is: its approval, rights and password are never reset.
    """
    user, created = User.objects.get_or_create(
        email=email,
        defaults={
            "first_name": first_name,
            "last_name": last_name,
            "is_staff": trekker,
            "approval_status": (
                User.ApprovalStatus.APPROVED if approved else User.ApprovalStatus.PENDING
            ),
        },
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        if trekker:
            user.groups.add(Group.objects.get(name=TREKKERS_GROUP))
    return user, created


def load_organisations():
    for name, kind, region, website in ORGANISATIONS:
        Organisation.objects.get_or_create(
            name=name, defaults={"kind": kind, "region": region, "website": website}
        )


def load_members():
    organisations = {organisation.name: organisation for organisation in Organisation.objects.all()}
    for (
        email, first_name, last_name, perspectives, target_group_kind, organisation, function,
        region, role, themes, show_email, visible,
    ) in MEMBERS:  # fmt: skip
        user, created = ensure_account(
            email, first_name, last_name, trekker=email in TREKKER_EMAILS
        )
        if not created:
            continue
        profile, _ = Profile.objects.get_or_create(user=user)
        for field, value in {
            "perspectives": [str(perspective) for perspective in perspectives],
            "target_group_kind": target_group_kind,
            "organisation": organisations.get(organisation),
            "function": function,
            "region": region,
            "network_role": role,
            "bio": f"{first_name} doet mee vanuit {organisation or 'de eigen ervaring'}.",
            "contact_preference": Contact.EMAIL if show_email else Contact.AT_MEETINGS,
            "show_email": show_email,
            "visible_to_members": visible,
            "completed_at": timezone.now(),
        }.items():
            setattr(profile, field, value)
        profile.save()
        profile.themes.set(themes)
        record_consent(user)
    ensure_account(*PENDING_MEMBER, approved=False)


def load():
    load_organisations()
    load_members()
