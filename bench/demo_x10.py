"""Demo content at ten times its size, for `make loadtest` (python -m bench.demo_x10).

Runs each app's own demo loader nine more times on renamed copies of its data: the seeded
meetings with their reports and factsheets (each copy a year further back, so the archive grows
as it would over the years), the glossary entries, the members with their profiles, the
projects and the themes. Like load_demo it only creates what is missing, so running it twice
changes nothing, and it refuses to run with DEBUG off (the demo accounts share a password).
"""

import copy
import os
import sys
from datetime import timedelta
from pathlib import Path
from unittest import mock

COPIES = range(2, 11)


def renamed(value: str, number: int) -> str:
    return f"{value}-{number}"


def meeting_copy(data: dict, number: int) -> dict:
    """The meeting `data` again, `number - 1` years earlier, under its own slugs."""
    shift = timedelta(days=364 * (number - 1))
    data = copy.deepcopy(data)
    data["slug"] = renamed(data["slug"], number)
    data["title"] = f"{data['title']} ({number})"
    data["starts_at"] -= shift
    data["ends_at"] -= shift
    if data.get("report"):
        data["report"]["published_at"] -= shift
    for factsheet in data.get("factsheets", []):
        factsheet["slug"] = renamed(factsheet["slug"], number)
    return data


def entry_copy(data: dict, number: int) -> dict:
    data = copy.deepcopy(data)
    data["slug"] = renamed(data["slug"], number)
    data["preferred"] = f"{data['preferred']} {number}"
    for key in ("broader", "related"):
        data[key] = [renamed(slug, number) for slug in data.get(key, [])]
    return data


def member_copy(data: dict, number: int) -> dict:
    data = copy.deepcopy(data)
    name, domain = data["email"].split("@")
    data["email"] = f"{name}.{number}@{domain}"
    data["last_name"] = f"{data['last_name']} {number}"
    return data


def project_copy(data: dict, number: int) -> dict:
    data = copy.deepcopy(data)
    data["slug"] = renamed(data["slug"], number)
    data["title"] = f"{data['title']} ({number})"
    return data


def theme_copy(data: dict, number: int) -> dict:
    data = copy.deepcopy(data)
    data["title"] = f"{data['title']} ({number})"
    return data


def multiply():
    """Load every app's demo content nine more times, renamed; return what exists now."""
    from django.db import transaction
    from django.utils import timezone

    from glossary.demo import loader as glossary_loader
    from meetings.demo import loader as meetings_loader
    from members.demo import loader as members_loader
    from projects.demo import loader as projects_loader

    now = timezone.now()
    with transaction.atomic():
        for number in COPIES:
            with mock.patch.object(
                members_loader, "MEMBERS", [member_copy(m, number) for m in members_loader.MEMBERS]
            ):
                members_loader.load_members()
            with mock.patch.object(
                glossary_loader,
                "ENTRIES",
                [entry_copy(e, number) for e in glossary_loader.ENTRIES],
            ):
                glossary_loader.load()
            author = meetings_loader.User.objects.filter(
                email=meetings_loader.TREKKER_EMAIL
            ).first()
            for data in meetings_loader.SEEDED_MEETINGS:
                meetings_loader.load_meeting(meeting_copy(data, number), now, author)
            agendas = projects_loader.load_agendas()
            for data in projects_loader.PROJECTS:
                projects_loader.load_project(project_copy(data, number), agendas)
            for data in projects_loader.THEMES:
                projects_loader.load_theme(theme_copy(data, number))


def counts() -> dict[str, int]:
    from django.apps import apps

    labels = ["members.User", "meetings.Meeting", "meetings.Report", "glossary.Entry"]
    labels += ["projects.Project", "projects.Theme", "meetings.Factsheet"]
    return {label: apps.get_model(label).objects.count() for label in labels}


def main():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leernetwerk.settings")
    import django

    django.setup()
    from django.conf import settings

    if not settings.DEBUG:
        sys.exit("bench.demo_x10 only runs with DEBUG on: demo accounts share a public password.")
    multiply()
    print(", ".join(f"{label}: {count}" for label, count in counts().items()))


if __name__ == "__main__":
    main()
