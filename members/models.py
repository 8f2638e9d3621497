from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Case, Count, Q, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from leernetwerk.fields import SingleLineCharField
from leernetwerk.files import ProtectedImageField, unguessable_name
from leernetwerk.link_validators import validate_web_address
from leernetwerk.validators import MaxFileSizeValidator, validate_image


class UserManager(BaseUserManager):
    """Users are known by their e-mail address; there are no usernames."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("Een e-mailadres is verplicht.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        extra_fields.setdefault("approval_status", User.ApprovalStatus.APPROVED)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """An account of the portal. New accounts wait for a trekker's approval."""

    class ApprovalStatus(models.TextChoices):
        PENDING = "pending", "Wacht op goedkeuring"
        APPROVED = "approved", "Goedgekeurd"
        REFUSED = "refused", "Afgewezen"

    username = None
    # Names go into mail headers and calendar files, so they stay on one line.
    first_name = SingleLineCharField(_("first name"), max_length=150, blank=True)
    last_name = SingleLineCharField(_("last name"), max_length=150, blank=True)
    email = models.EmailField(
        "e-mailadres",
        unique=True,
        error_messages={"unique": "Er is al een account met dit e-mailadres."},
    )
    approval_status = models.CharField(
        "status lidmaatschap",
        max_length=16,
        choices=ApprovalStatus,
        default=ApprovalStatus.PENDING,
        help_text="Nieuwe accounts wachten tot een trekker ze goedkeurt.",
    )
    approval_changed_at = models.DateTimeField("status gewijzigd op", null=True, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = "account"
        verbose_name_plural = "accounts"
        ordering = ["email"]

    def __str__(self):
        return self.get_full_name() or self.email

    def is_approved(self) -> bool:
        return self.approval_status == self.ApprovalStatus.APPROVED

    def approve(self):
        self.approval_status = self.ApprovalStatus.APPROVED
        self.approval_changed_at = timezone.now()
        self.save(update_fields=["approval_status", "approval_changed_at"])

    def refuse(self):
        self.approval_status = self.ApprovalStatus.REFUSED
        self.approval_changed_at = timezone.now()
        self.save(update_fields=["approval_status", "approval_changed_at"])


class Region(models.TextChoices):
    HAAGLANDEN = "haaglanden", "Haaglanden"
    MIDDEN_HOLLAND = "midden-holland", "Midden-Holland"
    HOLLAND_RIJNLAND = "holland-rijnland", "Holland-Rijnland"
    ELSEWHERE = "elsewhere", "Elders"


class Perspective(models.TextChoices):
    """The BOPOD perspectives that meet in the network."""

    POLICY = "policy", "Beleid"
    EDUCATION = "education", "Onderwijs"
    PRACTICE = "practice", "Praktijk"
    RESEARCH = "research", "Onderzoek"
    TARGET_GROUP = "target-group", "Doelgroep"


class OrganisationQuerySet(models.QuerySet):
    def by_kind(self):
        """Return the organisations grouped by kind (in the order of Kind), then by name."""
        kind_order = Case(
            *[When(kind=kind, then=position) for position, kind in enumerate(Organisation.Kind)],
            default=len(Organisation.Kind),
        )
        return self.order_by(kind_order, "name")


class Organisation(models.Model):
    """An organisation whose people take part in the network."""

    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", "Gemeente"
        KNOWLEDGE_INSTITUTE = "knowledge-institute", "Kennisinstituut"
        CARE_PROVIDER = "care-provider", "Zorgaanbieder"
        EDUCATION = "education", "Onderwijs"
        JUDICIARY = "judiciary", "Rechtspraak"
        LEGAL_PROFESSION = "legal-profession", "Advocatuur en mediation"
        NETWORK = "network", "Netwerk of samenwerkingsverband"
        OTHER = "other", "Anders"

    name = SingleLineCharField(
        "naam",
        max_length=200,
        unique=True,
        error_messages={"unique": "Er is al een organisatie met deze naam."},
    )
    kind = models.CharField("soort", max_length=32, choices=Kind, default=Kind.OTHER)
    region = models.CharField("regio", max_length=32, choices=Region, default=Region.HAAGLANDEN)
    website = models.URLField("website", blank=True, validators=[validate_web_address])

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = "organisatie"
        verbose_name_plural = "organisaties"
        ordering = ["name"]

    def __str__(self):
        return self.name


def profile_photo_path(profile, filename):
    # A random name: the file name must not reveal whose photo it is. Photos are re-encoded
    # as JPEG before they are stored.
    return unguessable_name("profielfoto", ".jpg")


class ProfileQuerySet(models.QuerySet):
    def of_approved_members(self):
        """Return the profiles of active, approved accounts."""
        return self.filter(user__is_active=True, user__approval_status=User.ApprovalStatus.APPROVED)

    def completed(self):
        """Return the profiles that their member has filled in."""
        return self.filter(completed_at__isnull=False)

    def in_directory(self):
        """Return the profiles other members may see in the directory."""
        return self.of_approved_members().completed().filter(visible_to_members=True)

    def with_perspective(self, perspective):
        return self.filter(perspectives__contains=[perspective])

    def search_name(self, text):
        """Return the profiles whose member's name contains every word of `text`."""
        queryset = self
        for word in text.split():
            queryset = queryset.filter(
                Q(user__first_name__icontains=word) | Q(user__last_name__icontains=word)
            )
        return queryset

    def for_listing(self):
        return self.select_related("user", "organisation").prefetch_related("themes")

    def count_per_perspective(self) -> dict:
        """Return {perspective value: number of profiles} in one query."""
        counts = self.aggregate(
            **{
                perspective.value: Count("pk", filter=Q(perspectives__contains=[perspective]))
                for perspective in Perspective
            }
        )
        return counts

    def count_per_organisation_kind(self) -> dict:
        """Return {organisation kind value: number of profiles} in one query."""
        return self.aggregate(
            **{
                kind.value: Count("pk", filter=Q(organisation__kind=kind))
                for kind in Organisation.Kind
            }
        )


class Profile(models.Model):
    """A member's public face in the network."""

    class TargetGroupKind(models.TextChoices):
        PARENT = "parent", "Ouder"
        YOUTH = "youth", "Jongere"
        EXPERT_BY_EXPERIENCE = "expert-by-experience", "Ervaringsdeskundige"

    class NetworkRole(models.TextChoices):
        MEMBER = "member", "Lid"
        TREKKER = "trekker", "Trekker"
        FAMILY_REPRESENTATIVE = "family-representative", "Gezinsvertegenwoordiger"
        EXPERT_BY_EXPERIENCE = "expert-by-experience", "Ervaringsdeskundige"

    class ContactPreference(models.TextChoices):
        EMAIL = "email", "Per e-mail"
        AT_MEETINGS = "at-meetings", "Spreek me aan tijdens een bijeenkomst"
        VIA_TREKKER = "via-trekker", "Via een trekker van het leernetwerk"

    user = models.OneToOneField(
        User, verbose_name="account", on_delete=models.CASCADE, related_name="profile"
    )
    created_at = models.DateTimeField("aangemaakt op", auto_now_add=True)
    perspectives = ArrayField(
        models.CharField(max_length=32, choices=Perspective),
        verbose_name="perspectieven",
        default=list,
        blank=True,
        help_text="Eén of meer BOPOD-perspectieven van waaruit dit lid meedoet.",
    )
    target_group_kind = models.CharField(
        "soort doelgroep",
        max_length=32,
        choices=TargetGroupKind,
        blank=True,
        help_text="Alleen bij het perspectief Doelgroep: ouder, jongere of ervaringsdeskundige.",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name="organisatie",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="profiles",
    )
    function = SingleLineCharField("functie", max_length=150, blank=True)
    region = models.CharField("regio", max_length=32, choices=Region, blank=True)
    network_role = models.CharField(
        "rol in het leernetwerk", max_length=32, choices=NetworkRole, default=NetworkRole.MEMBER
    )
    themes = TaggableManager(
        verbose_name="thema's",
        blank=True,
        help_text="Thema's waar dit lid in geïnteresseerd is, gescheiden door komma's.",
    )
    bio = models.TextField("over mij", max_length=800, blank=True)
    photo = ProtectedImageField(
        "foto",
        upload_to=profile_photo_path,
        blank=True,
        validators=[validate_image, MaxFileSizeValidator(5)],
    )
    contact_preference = models.CharField(
        "contact", max_length=32, choices=ContactPreference, default=ContactPreference.EMAIL
    )
    show_email = models.BooleanField(
        "e-mailadres tonen aan andere leden",
        default=False,
        help_text="Alleen ingelogde, goedgekeurde leden zien het e-mailadres.",
    )
    visible_to_members = models.BooleanField(
        "profiel zichtbaar voor andere leden",
        default=True,
        help_text="Een verborgen profiel staat niet in de ledenlijst en is niet te openen.",
    )
    completed_at = models.DateTimeField("ingevuld op", null=True, blank=True)
    # Asked at sign-up, so trekkers know who they approve; only trekkers and the member see it.
    motivation = SingleLineCharField(
        "waarom wil je meedoen?", max_length=300, blank=True, help_text="Eén of twee zinnen."
    )

    objects = ProfileQuerySet.as_manager()

    class Meta:
        verbose_name = "profiel"
        verbose_name_plural = "profielen"
        ordering = ["user__first_name", "user__last_name"]

    def __str__(self):
        return str(self.user)

    def get_absolute_url(self):
        return reverse("members:profile", args=[self.pk])

    def get_photo_url(self):
        return reverse("members:photo", args=[self.pk])

    def is_completed(self) -> bool:
        return self.completed_at is not None

    def perspective_labels(self) -> list[str]:
        """Return the perspectives as readable Dutch labels, Doelgroep with its kind."""
        labels = []
        for value in self.perspectives:
            label = Perspective(value).label
            if value == Perspective.TARGET_GROUP and self.target_group_kind:
                label = f"{label} ({self.get_target_group_kind_display().lower()})"
            labels.append(label)
        return labels

    def visible_email(self) -> str:
        """Return the e-mail address when the member allows other members to see it."""
        return self.user.email if self.show_email else ""

    def can_be_seen_by(self, viewer) -> bool:
        """Return whether `viewer` may open this profile page."""
        from members.roles import is_approved_member, is_trekker

        if viewer.pk == self.user_id:
            return True
        if not is_approved_member(viewer):
            return False
        if not (self.user.is_active and self.user.is_approved()):
            return is_trekker(viewer)
        return (self.visible_to_members and self.is_completed()) or is_trekker(viewer)


class Consent(models.Model):
    """A member's consent, with the exact text consented to and when."""

    class Subject(models.TextChoices):
        PRIVACY_STATEMENT = "privacy-statement", "Privacyverklaring en profiel"

    user = models.ForeignKey(
        User, verbose_name="account", on_delete=models.CASCADE, related_name="consents"
    )
    subject = models.CharField("waarover", max_length=32, choices=Subject)
    version = SingleLineCharField("versie", max_length=20)
    text = models.TextField("tekst waarmee ingestemd is")
    given_at = models.DateTimeField("gegeven op", default=timezone.now)

    class Meta:
        verbose_name = "toestemming"
        verbose_name_plural = "toestemmingen"
        ordering = ["-given_at"]

    def __str__(self):
        return f"{self.get_subject_display()} ({self.version})"


class DeletionRecord(models.Model):
    """A deleted account, remembered without its address so a restored backup forgets it too.

    The same record goes to BACKUP_DIR/deletions.jsonl (members/deletion_log.py), which outlives
    the database: restoring an older backup replays that file.
    """

    user_id = models.BigIntegerField("account-id", unique=True)
    email_hash = models.CharField("SHA-256 van het e-mailadres", max_length=64)
    deleted_at = models.DateTimeField("verwijderd op", default=timezone.now)

    class Meta:
        verbose_name = "verwijderd account"
        verbose_name_plural = "verwijderde accounts"
        ordering = ["-deleted_at"]

    def __str__(self):
        return f"account {self.user_id}"
