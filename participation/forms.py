from django import forms

from leernetwerk.fields import SingleLineFormField
from members.models import Perspective, Region
from participation.models import KwartiertjeOffer

NO_CHOICE = [("", "Kies…")]


class ReflectionAnswerForm(forms.Form):
    text = forms.CharField(
        label="Jouw antwoord",
        max_length=1500,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Hoogstens 1500 tekens. Een trekker leest je antwoord voordat het in het "
        "verslag komt.",
        error_messages={
            "required": "Schrijf je antwoord op.",
            "max_length": "Houd je antwoord kort: hoogstens %(limit_value)d tekens "
            "(nu %(show_value)d).",
        },
    )
    show_name = forms.BooleanField(
        label="Mijn naam mag bij mijn antwoord in het verslag staan",
        required=False,
        help_text="Het verslag is voor iedereen te lezen. Zonder vinkje staat je antwoord er "
        "zonder naam.",
    )

    def __init__(self, *args, reflection=None, **kwargs):
        super().__init__(*args, **kwargs)
        # One form per question on a page: ids must differ.
        if reflection is not None:
            self.auto_id = f"id_reflectie{reflection.pk}_%s"


class WalkInForm(forms.Form):
    name = SingleLineFormField(
        label="Naam",
        max_length=200,
        error_messages={"required": "Vul de naam in."},
    )
    perspective = forms.ChoiceField(
        label="Perspectief",
        choices=NO_CHOICE + list(Perspective.choices),
        error_messages={"required": "Kies een perspectief."},
    )
    region = forms.ChoiceField(
        label="Regio",
        choices=NO_CHOICE + list(Region.choices),
        error_messages={"required": "Kies een regio."},
    )
    organisation = SingleLineFormField(label="Organisatie", max_length=200, required=False)


class KwartiertjeOfferForm(forms.ModelForm):
    class Meta:
        model = KwartiertjeOffer
        fields = ["topic", "description"]
        labels = {"topic": "Onderwerp", "description": "Korte toelichting"}
        help_texts = {
            "topic": "Waar wil je een kwartier over vertellen?",
            "description": "Hoogstens 1000 tekens: wat laat je zien, en wat kunnen anderen ermee?",
        }
        widgets = {"description": forms.Textarea(attrs={"rows": 5})}
        error_messages = {
            "topic": {"required": "Vul een onderwerp in."},
            "description": {
                "required": "Schrijf kort op waar je kwartiertje over gaat.",
                "max_length": "Houd de toelichting kort: hoogstens %(limit_value)d tekens "
                "(nu %(show_value)d).",
            },
        }
