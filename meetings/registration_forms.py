"""The registration form: how the member takes part, offered as the meeting's format allows."""

from django import forms

from meetings.models import Registration
from meetings.services import offered_attendances


class RegistrationForm(forms.Form):
    """Ask "op locatie of online" for a hybrid meeting; other formats offer one way only."""

    attendance = forms.ChoiceField(
        label="Hoe doe je mee?",
        widget=forms.RadioSelect,
        error_messages={
            "required": "Kies of je op locatie of online meedoet.",
            "invalid_choice": "Die manier van meedoen kan hier niet. Kies uit de mogelijkheden.",
        },
    )

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.meeting = meeting
        offered = offered_attendances(meeting)
        field = self.fields["attendance"]
        field.choices = [(value, Registration.Attendance(value).label) for value in offered]
        if len(offered) == 1:
            # Nothing to choose: the form carries no visible field.
            field.required = False
            field.widget = forms.HiddenInput()
            field.initial = offered[0]

    @property
    def offers_choice(self) -> bool:
        return len(self.fields["attendance"].choices) > 1

    def clean_attendance(self):
        value = self.cleaned_data["attendance"]
        if not value and not self.offers_choice:
            return self.fields["attendance"].initial
        return value
