from django import forms
from django.db.models import Q
from taggit.models import Tag

from followup.models import Action, Response

TEXT_LIMIT = 2000


class ActionFilterForm(forms.Form):
    """Filters on the overview of actions: status, owner and theme."""

    status = forms.ChoiceField(
        label="Status",
        required=False,
        choices=[("", "Alle statussen"), ("lopend", "Open en bezig"), *Action.Status.choices],
    )
    wie = forms.CharField(label="Wie", required=False, max_length=100)
    thema = forms.ChoiceField(label="Thema", required=False, choices=[("", "Alle thema's")])
    mijn = forms.BooleanField(label="Alleen acties die ik oppak", required=False)

    def __init__(self, *args, themes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["thema"].choices = [("", "Alle thema's")] + [
            (theme.slug, theme.name) for theme in themes
        ]

    def filter(self, actions, user):
        if not self.is_valid():
            return actions
        if self.cleaned_data["mijn"]:
            actions = actions.filter(owner_member=user)
        status = self.cleaned_data["status"]
        if status == "lopend":
            actions = actions.still_open()
        elif status:
            actions = actions.filter(status=status)
        if owner := self.cleaned_data["wie"].strip():
            actions = actions.filter(
                Q(owner_name__icontains=owner)
                | Q(owner_organisation__name__icontains=owner)
                | Q(owner_member__first_name__icontains=owner)
                | Q(owner_member__last_name__icontains=owner)
            )
        if theme := self.cleaned_data["thema"]:
            actions = actions.filter(themes__slug=theme)
        return actions

    def is_filtered(self) -> bool:
        return self.is_bound and self.is_valid() and any(self.cleaned_data.values())

    @staticmethod
    def themes_in_use():
        return Tag.objects.filter(action__isnull=False).distinct().order_by("name")


class ActionUpdateForm(forms.ModelForm):
    """What the owner or a trekker changes on the site: the status and a short note."""

    class Meta:
        model = Action
        fields = ["status", "note"]
        labels = {"note": "Stand van zaken (kort)"}
        help_texts = {"note": "Hoogstens 1000 tekens. Iedereen in het netwerk kan dit lezen."}
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}
        error_messages = {
            "note": {
                "max_length": "Houd het kort: hoogstens %(limit_value)d tekens (nu %(show_value)d)."
            },
            "status": {"invalid_choice": "Kies een van de statussen uit de lijst."},
        }


class EvaluationForm(forms.Form):
    """The short evaluation: four fixed questions and the meeting's extra questions."""

    overall = forms.TypedChoiceField(
        label="Wat vond je van de bijeenkomst, van 1 (slecht) tot 5 (heel goed)?",
        choices=[(score, str(score)) for score in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Kies een cijfer van 1 tot en met 5.",
            "invalid_choice": "Kies een cijfer van 1 tot en met 5.",
        },
    )
    format_fit = forms.ChoiceField(
        label="Was de vorm van de bijeenkomst goed?",
        choices=Response.FormatFit.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Kies ja, deels of nee.",
            "invalid_choice": "Kies ja, deels of nee.",
        },
    )
    keep = forms.CharField(
        label="Wat moeten we zeker houden?",
        required=False,
        max_length=TEXT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    change = forms.CharField(
        label="Wat kan er anders of beter?",
        required=False,
        max_length=TEXT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for number, question in enumerate(self.questions, start=1):
            self.fields[f"extra_{number}"] = forms.CharField(
                label=question,
                required=False,
                max_length=TEXT_LIMIT,
                widget=forms.Textarea(attrs={"rows": 3}),
            )
        for field in self.fields.values():
            if isinstance(field, forms.CharField):
                field.error_messages["max_length"] = (
                    "Houd het korter: hoogstens %(limit_value)d tekens (nu %(show_value)d)."
                )

    def extra_answers(self) -> dict:
        return {
            question: self.cleaned_data[f"extra_{number}"].strip()
            for number, question in enumerate(self.questions, start=1)
        }
