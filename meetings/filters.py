"""The filter form of the meeting list: by kind and by theme."""

from django import forms
from taggit.models import Tag

from meetings.models import Meeting


class MeetingFilterForm(forms.Form):
    """Filters on the meeting list. Invalid values are reported and then ignored."""

    soort = forms.ChoiceField(
        label="Soort bijeenkomst",
        required=False,
        choices=[("", "Alle soorten")] + list(Meeting.Kind.choices),
        error_messages={"invalid_choice": "Deze soort bijeenkomst bestaat niet. Kies er een."},
    )
    thema = forms.ChoiceField(
        label="Thema",
        required=False,
        choices=[("", "Alle thema's")],
        error_messages={
            "invalid_choice": "Geen enkele bijeenkomst heeft dit thema. Kies een thema uit de "
            "lijst."
        },
    )

    def __init__(self, *args, themes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["thema"].choices = [("", "Alle thema's")] + [
            (theme.slug, theme.name) for theme in themes
        ]

    def filter(self, meetings):
        """Return `meetings` narrowed down to the valid choices made."""
        if not self.is_bound:
            return meetings
        self.is_valid()
        data = self.cleaned_data
        if kind := data.get("soort"):
            meetings = meetings.filter(kind=kind)
        if theme := data.get("thema"):
            meetings = meetings.filter(themes__slug=theme)
        return meetings

    def is_filtered(self) -> bool:
        """Return whether at least one valid filter is chosen."""
        if not self.is_bound:
            return False
        self.is_valid()
        return any(self.cleaned_data.get(name) for name in self.fields)

    @staticmethod
    def themes_in_use():
        """Return the themes that at least one meeting has, A to Z."""
        return Tag.objects.filter(meeting__isnull=False).distinct().order_by("name")
