from django import forms
from taggit.models import Tag

from library.models import Audience, Publication


class PublicationFilterForm(forms.Form):
    """Filters on the kennisbank: by kind, theme and audience."""

    soort = forms.ChoiceField(
        label="Soort",
        required=False,
        choices=[("", "Alle soorten"), *Publication.Kind.choices],
    )
    thema = forms.ChoiceField(label="Thema", required=False, choices=[("", "Alle thema's")])
    voor = forms.ChoiceField(
        label="Voor wie", required=False, choices=[("", "Iedereen"), *Audience.choices]
    )

    def __init__(self, *args, themes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["thema"].choices = [("", "Alle thema's")] + [
            (theme.slug, theme.name) for theme in themes
        ]

    def filter(self, publications):
        if not self.is_valid():
            return publications
        data = self.cleaned_data
        return publications.filtered(kind=data["soort"], theme=data["thema"], audience=data["voor"])

    def is_filtered(self) -> bool:
        return self.is_bound and self.is_valid() and any(self.cleaned_data.values())

    @staticmethod
    def themes_in_use(publications):
        """Return the themes of the given publications, for the theme filter (1 query)."""
        return Tag.objects.filter(publication__in=publications).distinct().order_by("name")
