import pytest

from tests.factories import make_user
from tests.projects.factories import make_agenda, make_project


@pytest.fixture
def project_lead(db):
    """A member who leads a project (not a network trekker)."""
    return make_user("projecttrekker@example.org", first_name="Pim", last_name="Projecttrekker")


@pytest.fixture
def running_project(project_lead):
    return make_project(
        "Conflictdiagnostiek en triage",
        agendas=[make_agenda("Onderzoek- en ontwikkelagenda")],
        trekkers=[project_lead],
        themes=["triage"],
    )
