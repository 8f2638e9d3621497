from allauth.account.forms import SignupForm as AllauthSignupForm
from allauth.core import ratelimit
from allauth.mfa.totp.forms import ActivateTOTPForm as AllauthActivateTOTPForm
from django import forms
from django.contrib.admin.widgets import AdminFileWidget
from django.contrib.auth.hashers import make_password
from django.utils import timezone
from taggit.models import Tag

from leernetwerk.fields import SingleLineFormField
from leernetwerk.images import ImageUploadField
from members.models import Organisation, Perspective, Profile, Region
from members.privacy import CONSENT_TEXT
from members.security_log import log_event

PHOTO_MAX_SIDE = 480
PHOTO_MAX_MEGABYTES = 5
PHOTO_HELP_TEXT = (
    "Een JPG-, PNG- of WebP-bestand van hoogstens 5 MB. We verkleinen de foto en halen "
    "verborgen gegevens (zoals de plek waar hij gemaakt is) eruit."
)


def photo_field(widget) -> ImageUploadField:
    """The photo field of every profile form: checked, made upright, small, without EXIF."""
    return ImageUploadField(
        label="Foto",
        required=False,
        max_side=PHOTO_MAX_SIDE,
        max_megabytes=PHOTO_MAX_MEGABYTES,
        keep_transparency=False,
        stem="foto",
        widget=widget,
        help_text=PHOTO_HELP_TEXT,
    )


# Names say what they hold, so browsers can fill them in (WCAG 1.3.5).
GIVEN_NAME = forms.TextInput(attrs={"autocomplete": "given-name"})
FAMILY_NAME = forms.TextInput(attrs={"autocomplete": "family-name"})


# What a member fills in on the profile; trekkers edit the same fields in the admin.
PROFILE_FIELDS = [
    "perspectives",
    "target_group_kind",
    "organisation",
    "function",
    "region",
    "network_role",
    "themes",
    "bio",
    "photo",
    "contact_preference",
    "show_email",
    "visible_to_members",
]


class ProfileForm(forms.ModelForm):
    """The member's own profile, with the name that is stored on the account."""

    first_name = SingleLineFormField(label="Voornaam", max_length=150, widget=GIVEN_NAME)
    last_name = SingleLineFormField(label="Achternaam", max_length=150, widget=FAMILY_NAME)
    perspectives = forms.MultipleChoiceField(
        label="Perspectieven",
        choices=Perspective.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text="Kies één of meer perspectieven van waaruit je meedoet.",
        error_messages={"required": "Kies minstens één perspectief."},
    )
    # Our own field, so our Dutch checks decide instead of Django's generic image one.
    photo = photo_field(forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}))
    remove_photo = forms.BooleanField(label="Foto verwijderen", required=False)
    consent = forms.BooleanField(
        label=CONSENT_TEXT,
        error_messages={"required": "Geef toestemming om je profiel te bewaren en te tonen."},
    )

    class Meta:
        model = Profile
        fields = PROFILE_FIELDS
        widgets = {
            "contact_preference": forms.RadioSelect,
            "bio": forms.Textarea(attrs={"rows": 5}),
        }
        help_texts = {
            "target_group_kind": "Alleen invullen als je meedoet vanuit de doelgroep.",
            "organisation": "Staat je organisatie er niet bij? Laat het veld leeg en noem haar "
            "bij 'over mij'; een trekker kan haar toevoegen.",
            "themes": "Bijvoorbeeld: triage, taal rond scheiding. Gescheiden door komma's.",
            "bio": "Een paar zinnen over je werk of je ervaring (hoogstens 800 tekens).",
        }

    def __init__(self, *args, needs_consent=True, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.instance.user
        self.fields["first_name"].initial = user.first_name
        self.fields["last_name"].initial = user.last_name
        self.fields["region"].required = True
        self.fields["region"].error_messages["required"] = "Kies je regio."
        self.fields["organisation"].empty_label = "Geen of niet in de lijst"
        self.fields["target_group_kind"].choices = [
            ("", "Niet van toepassing"),
            *Profile.TargetGroupKind.choices,
        ]
        self.order_fields(["first_name", "last_name"])
        if not needs_consent:
            del self.fields["consent"]
        if not self.instance.photo:
            del self.fields["remove_photo"]

    def clean(self):
        cleaned = super().clean()
        perspectives = cleaned.get("perspectives") or []
        kind = cleaned.get("target_group_kind")
        if Perspective.TARGET_GROUP in perspectives and not kind:
            self.add_error(
                "target_group_kind",
                "Je koos Doelgroep: kies ook of je ouder, jongere of ervaringsdeskundige bent.",
            )
        if kind and Perspective.TARGET_GROUP not in perspectives:
            self.add_error(
                "target_group_kind",
                "Een soort doelgroep hoort alleen bij het perspectief Doelgroep.",
            )
        return cleaned

    def save(self, commit=True):
        profile = super().save(commit=False)
        user = profile.user
        user.first_name = self.cleaned_data["first_name"]
        user.last_name = self.cleaned_data["last_name"]
        if self.cleaned_data.get("remove_photo") and "photo" not in self.changed_data:
            profile.photo.delete(save=False)
            profile.photo = ""
        if profile.completed_at is None:
            profile.completed_at = timezone.now()
        if commit:
            user.save(update_fields=["first_name", "last_name"])
            profile.save()
            self.save_m2m()
        return profile


class DirectoryFilterForm(forms.Form):
    """The filters above the directory; every field is optional."""

    q = forms.CharField(label="Zoek op naam", required=False, max_length=100)
    perspective = forms.ChoiceField(
        label="Perspectief", required=False, choices=[("", "Alle perspectieven")]
    )
    region = forms.ChoiceField(
        label="Regio", required=False, choices=[("", "Alle regio's"), *Region.choices]
    )
    organisation = forms.ModelChoiceField(
        label="Organisatie",
        required=False,
        queryset=Organisation.objects.none(),
        empty_label="Alle organisaties",
    )
    theme = forms.ChoiceField(label="Thema", required=False, choices=[("", "Alle thema's")])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["perspective"].choices = [("", "Alle perspectieven"), *Perspective.choices]
        listed = Profile.objects.in_directory()
        organisations = list(Organisation.objects.filter(profiles__in=listed).distinct())
        self.fields["organisation"].queryset = Organisation.objects.filter(
            pk__in=[organisation.pk for organisation in organisations]
        )
        # Reuse the list already fetched so rendering the select costs no further query.
        self.fields["organisation"].choices = [("", "Alle organisaties")] + [
            (organisation.pk, organisation.name) for organisation in organisations
        ]
        self.fields["theme"].choices = [("", "Alle thema's")] + list(
            Tag.objects.filter(profile__in=listed)
            .distinct()
            .order_by("name")
            .values_list("slug", "name")
        )

    def filter(self, profiles):
        """Return `profiles` narrowed down to the valid filters of this form."""
        if not self.is_valid():
            return profiles
        data = self.cleaned_data
        if data["q"]:
            profiles = profiles.search_name(data["q"])
        if data["perspective"]:
            profiles = profiles.with_perspective(data["perspective"])
        if data["region"]:
            profiles = profiles.filter(region=data["region"])
        if data["organisation"]:
            profiles = profiles.filter(organisation=data["organisation"])
        if data["theme"]:
            profiles = profiles.filter(themes__slug=data["theme"])
        return profiles


class SignupForm(AllauthSignupForm):
    """allauth's sign-up, asking what trekkers need to approve someone they may not know.

    An address that has an account is answered as slowly as a new one.
    """

    first_name = SingleLineFormField(label="Voornaam", max_length=150, widget=GIVEN_NAME)
    last_name = SingleLineFormField(label="Achternaam", max_length=150, widget=FAMILY_NAME)
    organisation = forms.ModelChoiceField(
        label="Organisatie",
        queryset=Organisation.objects.order_by("name"),
        required=False,
        empty_label="Geen organisatie, of staat er niet bij",
        help_text="Staat je organisatie er niet bij? Noem haar dan hieronder.",
    )
    perspectives = forms.MultipleChoiceField(
        label="Vanuit welk perspectief doe je mee?",
        choices=Perspective.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text="Je mag er meer kiezen.",
        error_messages={"required": "Kies minstens één perspectief."},
    )
    region = forms.ChoiceField(
        label="Regio",
        choices=[("", "Kies een regio"), *Region.choices],
        error_messages={"required": "Kies een regio, of Elders."},
    )
    motivation = SingleLineFormField(
        label="Waarom wil je meedoen?",
        max_length=300,
        help_text="Eén of twee zinnen. Een trekker leest dit als die je aanmelding bekijkt.",
        error_messages={"required": "Schrijf in een zin waarom je mee wilt doen."},
    )

    field_order = [
        "first_name",
        "last_name",
        "email",
        "organisation",
        "perspectives",
        "region",
        "motivation",
        "password1",
        "password2",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # allauth adds its own fields after ours; put them in the order people fill them in.
        self.order_fields(self.field_order)

    def signup(self, request, user):
        """Keep what trekkers read when they approve: the profile, not yet shown to anyone."""
        data = self.cleaned_data
        Profile.objects.create(
            user=user,
            organisation=data["organisation"],
            perspectives=data["perspectives"],
            region=data["region"],
            motivation=data["motivation"],
        )

    def try_save(self, request):
        if self.account_already_exists:
            # A new account costs one password hash; without it here, the quick answer would
            # tell who is a member (allauth's enumeration prevention covers only the text).
            make_password(self.cleaned_data["password1"])
        return super().try_save(request)


TOO_MANY_PASSWORD_TRIES = (
    "Je hebt te vaak een verkeerd wachtwoord ingevuld. Wacht een kwartier en probeer het "
    "dan opnieuw."
)


def password_tries_left(request) -> bool:
    """Return whether the logged-in person may still try a password (allauth's limit)."""
    return ratelimit.consume(request, action="reauthenticate", dry_run=True)


def count_wrong_password(request) -> None:
    """Count a wrong password towards the same limit as allauth's password confirmations."""
    ratelimit.consume(request, action="reauthenticate")
    if not password_tries_left(request):
        log_event("password_locked", request=request, form="delete_account")


class DeleteAccountForm(forms.Form):
    """Ask for the password before an account and its data are removed for good."""

    password = forms.CharField(label="Je wachtwoord", widget=forms.PasswordInput, strip=False)
    confirm = forms.BooleanField(
        label="Ik begrijp dat mijn account en mijn gegevens definitief worden verwijderd.",
        error_messages={"required": "Vink aan dat je dit begrijpt."},
    )

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.user = request.user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not password_tries_left(self.request):
            raise forms.ValidationError(TOO_MANY_PASSWORD_TRIES)
        if not self.user.check_password(password):
            count_wrong_password(self.request)
            raise forms.ValidationError("Dit wachtwoord klopt niet.")
        return password


class ProfileAdminForm(forms.ModelForm):
    """The profile in the admin, with the perspectives as checkboxes."""

    perspectives = forms.MultipleChoiceField(
        label="Perspectieven",
        choices=Perspective.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    photo = photo_field(AdminFileWidget)

    class Meta:
        model = Profile
        fields = ["user", *PROFILE_FIELDS, "motivation"]


class ActivateTOTPForm(AllauthActivateTOTPForm):
    """Turning on two-factor login, with the code field named in the portal's words."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].label = "Code uit je app"
