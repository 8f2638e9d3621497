from django import forms
from taggit.models import Tag

from projects.models import Agenda, Project

PUBLIC_STATUSES = [status for status in Project.Status if status != Project.Status.IDEA]


class ProjectFilterForm(forms.Form):
    """Filters on the project overview: by status and by theme."""

    status = forms.ChoiceField(
        label="Status",
        required=False,
        choices=[("", "Alle statussen")]
        + [(status.value, status.label) for status in PUBLIC_STATUSES],
    )
    thema = forms.ChoiceField(label="Thema", required=False, choices=[("", "Alle thema's")])

    def __init__(self, *args, themes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["thema"].choices = [("", "Alle thema's")] + [
            (theme.slug, theme.name) for theme in themes
        ]

    def filter(self, projects):
        if not self.is_valid():
            return projects
        if status := self.cleaned_data["status"]:
            projects = projects.filter(status=status)
        if theme := self.cleaned_data["thema"]:
            projects = projects.filter(themes__slug=theme)
        return projects

    def is_filtered(self) -> bool:
        return self.is_bound and self.is_valid() and any(self.cleaned_data.values())

    @staticmethod
    def themes_in_use(projects):
        """Return the themes used by the given projects, for the theme filter."""
        return Tag.objects.filter(project__in=projects).distinct().order_by("name")


class JoinProjectForm(forms.Form):
    motivation = forms.CharField(
        label="Waarom haak je aan? (mag leeg blijven)",
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Hoogstens 500 tekens. De trekkers van het project krijgen je naam, je "
        "e-mailadres en deze tekst, zodat ze contact met je kunnen opnemen. Andere leden zien "
        "dat je meedoet.",
        error_messages={
            "max_length": "Houd je motivatie kort: hoogstens %(limit_value)d tekens "
            "(nu %(show_value)d)."
        },
    )


class ProposeProjectForm(forms.ModelForm):
    """A member's idea for a Klein-maar-Fijn project."""

    agendas = forms.ModelMultipleChoiceField(
        label="Bij welke agenda('s) past het?",
        queryset=Agenda.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Project
        fields = ["title", "summary", "aim", "description", "agendas", "proposal_note"]
        labels = {
            "title": "Naam van het project",
            "summary": "Samenvatting in één of twee zinnen",
            "aim": "Wat wil je bereiken?",
            "description": "Beschrijving",
            "proposal_note": "Wat wil je de trekkers nog laten weten?",
        }
        help_texts = {
            "summary": "Hoogstens 300 tekens.",
            "description": "Wie doen er mee, wat ga je doen, wat levert het op?",
            "proposal_note": "Alleen de trekkers lezen dit.",
        }
        widgets = {
            "aim": forms.Textarea(attrs={"rows": 3}),
            "description": forms.Textarea(attrs={"rows": 6}),
            "proposal_note": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {
            "title": {
                "required": "Geef je project een naam.",
                "max_length": "Maak de naam korter: hoogstens %(limit_value)d tekens.",
            },
            "summary": {
                "required": "Vat je idee samen in één of twee zinnen.",
                "max_length": "Maak de samenvatting korter: hoogstens %(limit_value)d tekens "
                "(nu %(show_value)d).",
            },
            "aim": {"required": "Schrijf op wat je met het project wilt bereiken."},
        }

    def clean_title(self):
        title = self.cleaned_data["title"].strip()
        if len(title) < 5:
            raise forms.ValidationError("Geef je project een naam van minstens 5 tekens.")
        return title


class ProposeThemeForm(forms.Form):
    title = forms.CharField(
        label="Thema",
        max_length=150,
        help_text="Een paar woorden, bijvoorbeeld: Cultuursensitief werken.",
        error_messages={
            "required": "Noem het thema dat je wilt inbrengen.",
            "max_length": "Maak het thema korter: hoogstens %(limit_value)d tekens.",
        },
    )
    explanation = forms.CharField(
        label="Korte toelichting",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Waarom is dit thema belangrijk? Wat wil je erover bespreken? "
        "Hoogstens 1000 tekens.",
        error_messages={
            "required": "Schrijf in een paar zinnen waarom je dit thema wilt bespreken.",
            "max_length": "Maak de toelichting korter: hoogstens %(limit_value)d tekens "
            "(nu %(show_value)d).",
        },
    )

    def clean_explanation(self):
        explanation = self.cleaned_data["explanation"].strip()
        if len(explanation) < 20:
            raise forms.ValidationError(
                "Schrijf iets meer: een toelichting van minstens 20 tekens helpt de andere leden."
            )
        return explanation
