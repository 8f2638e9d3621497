"""Demo notification settings: a few members who chose, the rest keep the defaults.

`load()` gives each listed demo member their choices once; a member who changed them keeps
their own. The lid@example.org account sees the settings page with choices already made.
"""

from django.utils import timezone

from members.models import User
from notifications.models import Preferences

CHOICES = {
    "lid@example.org": {
        "new_meeting": "direct",
        "registration_open": "direct",
        "report": "digest",
        "factsheet": "digest",
        "project_update": "direct",
        "theme": "direct",
    },
    "trekker@example.org": {
        "new_meeting": "never",
        "registration_open": "never",
        "report": "never",
        "factsheet": "never",
        "project_update": "digest",
        "theme": "digest",
    },
    "anouk.bakker@example.org": {"report": "direct", "factsheet": "direct"},
    "bram.visser@example.org": dict.fromkeys(
        ["new_meeting", "registration_open", "report", "factsheet", "project_update", "theme"],
        "never",
    ),
}


def load():
    """Give the listed demo members their notification choices, when they have none yet."""
    for email, choices in CHOICES.items():
        user = User.objects.filter(email=email).first()
        if user is None:
            continue
        Preferences.objects.get_or_create(
            user=user,
            defaults={
                "choices": choices,
                "chosen_at": timezone.now(),
                "prompted_at": timezone.now(),
            },
        )
