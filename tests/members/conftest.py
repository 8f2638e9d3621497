import pytest
from django.test import Client

from members.models import Perspective
from tests.members.factories import make_organisation, make_profile


@pytest.fixture
def colleague(db):
    """A visible, filled-in profile of another member, who shows the e-mail address."""
    return make_profile(
        email="colleague@example.org",
        first_name="Charlotte",
        last_name="Collega",
        perspectives=[Perspective.RESEARCH],
        organisation=make_organisation("TNO"),
        themes=["triage"],
        show_email=True,
        bio="Ik onderzoek triage bij scheiding.",
    )


@pytest.fixture
def hidden_profile(db):
    """A member who chose to hide the profile from other members."""
    return make_profile(
        email="verborgen@example.org",
        first_name="Vincent",
        last_name="Verborgen",
        perspectives=[Perspective.POLICY],
        visible=False,
        bio="Liever onzichtbaar.",
    )


@pytest.fixture
def hidden_client(hidden_profile):
    client = Client()
    client.force_login(hidden_profile.user)
    return client
