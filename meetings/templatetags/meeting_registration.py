"""Template tag behind templates/meetings/includes/registration.html."""

from dataclasses import dataclass

from django import template

from meetings.models import Registration
from meetings.registration_forms import RegistrationForm
from meetings.services import ViewerState, own_registration, viewer_state, waiting_position

register = template.Library()

_MISSING = object()


@dataclass(frozen=True)
class RegistrationPanel:
    """Everything the registration block shows to one viewer."""

    state: ViewerState
    registration: Registration | None
    form: RegistrationForm | None
    waiting_position: int | None
    places_left: int | None

    @property
    def is_full(self) -> bool:
        return self.state.window == "full"


@register.simple_tag(takes_context=True)
def registration_panel(context, meeting):
    """Return the registration block's content for the viewer of `meeting`.

    Uses from the context, when the page provides them: `state` (the `viewer_state` it shows
    in its badge), `registration` (the viewer's own, or None) and `registration_form` (a bound
    form with errors). Without `registration` it looks the viewer's registration up (one
    query). Counting the confirmed places takes one query unless the meeting comes from
    `Meeting.objects.with_confirmed_count()`; a place on the waiting list takes one more.
    """
    request = context.get("request")
    user = context.get("user") or getattr(request, "user", None)
    registration = context.get("registration", _MISSING)
    if registration is _MISSING or registration == "":
        registration = own_registration(meeting, user)
    state = context.get("state")
    if not isinstance(state, ViewerState):
        state = viewer_state(meeting, user, registration)
    form = None
    if state.action == "register":
        form = context.get("registration_form") or RegistrationForm(
            meeting=meeting, initial={"attendance": _earlier_choice(request, registration)}
        )
    return RegistrationPanel(
        state=state,
        registration=registration,
        form=form,
        waiting_position=(_waiting_position(registration) if state.code == "waiting" else None),
        places_left=meeting.places_left() if state.code == "open" else None,
    )


def _earlier_choice(request, registration):
    # A refused registration comes back with ?deelname=..., so the choice is kept.
    chosen = request.GET.get("deelname") if request is not None else None
    if chosen in Registration.Attendance.values:
        return chosen
    return registration.attendance if registration else None


def _waiting_position(registration):
    annotated = getattr(registration, "waiting_position", None)
    return annotated if annotated is not None else waiting_position(registration)
