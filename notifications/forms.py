from django import forms

from notifications.models import Frequency
from notifications.sources import SOURCES


class PreferencesForm(forms.Form):
    """One choice per kind of news: at once, in the weekly digest, or never."""

    def __init__(self, *args, choices: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        for source in SOURCES:
            self.fields[source.kind] = forms.ChoiceField(
                label=source.label,
                choices=Frequency.choices,
                initial=choices[source.kind],
                widget=forms.RadioSelect,
                error_messages={"required": "Kies hoe je dit wilt horen."},
            )
