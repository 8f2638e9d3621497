"""What comes after a meeting: follow-up actions with their owners, and the evaluation.

Actions (vervolgacties) are records with an owner, a due date and a status, kept from the
meeting they came from until they are done; a status change leaves a small history. The
evaluation asks the confirmed registrants a few questions through a personal link; the
invitation knows the person, the answer does not (no link, no timestamp, a random key).
"""

import hashlib
import secrets
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from taggit.managers import TaggableManager

from leernetwerk.fields import SingleLineCharField
from leernetwerk.text import render_markdown


class ActionQuerySet(models.QuerySet):
    def still_open(self):
        """Actions that are not done or dropped: open or under way."""
        return self.filter(status__in=Action.OPEN_STATUSES)

    def carried_into(self, meeting):
        """Actions from earlier meetings that were still open when `meeting` began.

        An action closed after that moment still counts, so a meeting's "Stand van zaken"
        stays what it was on the day, with each action's status of now.
        """
        return self.filter(meeting__starts_at__lt=meeting.starts_at).filter(
            Q(closed_at__isnull=True) | Q(closed_at__gt=meeting.starts_at)
        )

    def for_pages(self):
        """With what every list shows: the meeting, the owner and the owner's organisation."""
        return self.select_related("meeting", "owner_member", "owner_organisation")


class Action(models.Model):
    """A follow-up action (vervolgactie) agreed at a meeting: who does what, and by when."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        UNDER_WAY = "under_way", "Bezig"
        DONE = "done", "Gedaan"
        DROPPED = "dropped", "Vervallen"

    OPEN_STATUSES = (Status.OPEN, Status.UNDER_WAY)

    meeting = models.ForeignKey(
        "meetings.Meeting",
        verbose_name="bijeenkomst",
        on_delete=models.CASCADE,
        related_name="actions",
        help_text="De bijeenkomst waar de actie is afgesproken.",
    )
    description = models.TextField(
        "wat",
        help_text="Markdown. Wat gaat er gebeuren? De eerste zin is de titel in overzichten.",
    )
    description_html = models.TextField(editable=False, blank=True)
    owner_member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="wie (lid)",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="followup_actions",
        help_text="Een lid van het netwerk. Dit lid kan de status zelf bijwerken.",
    )
    owner_organisation = models.ForeignKey(
        "members.Organisation",
        verbose_name="wie (organisatie)",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="followup_actions",
    )
    owner_name = SingleLineCharField(
        "wie (naam)",
        max_length=200,
        blank=True,
        help_text="Als de actie niet bij één lid of organisatie ligt, bijvoorbeeld "
        "„Leernetwerktrekkers”.",
    )
    due_on = models.DateField("klaar op", null=True, blank=True)
    status = models.CharField(
        "status", max_length=10, choices=Status, default=Status.OPEN, db_index=True
    )
    note = models.TextField(
        "stand van zaken",
        blank=True,
        max_length=1000,
        help_text="Een korte toelichting bij de status, voor de volgende bijeenkomst.",
    )
    themes = TaggableManager("thema's", blank=True, help_text="Thema's, gescheiden door komma's.")
    project = models.ForeignKey(
        "projects.Project",
        verbose_name="Klein-maar-Fijn-project",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="origin_actions",
        help_text="Het project dat uit deze actie is ontstaan.",
    )
    position = models.PositiveSmallIntegerField("volgorde", default=0)
    closed_at = models.DateTimeField("afgesloten op", null=True, blank=True, editable=False)
    created_at = models.DateTimeField("aangemaakt op", auto_now_add=True)
    updated_at = models.DateTimeField("gewijzigd op", auto_now=True)

    objects = ActionQuerySet.as_manager()

    class Meta:
        verbose_name = "vervolgactie"
        verbose_name_plural = "vervolgacties"
        ordering = ["meeting__starts_at", "position", "pk"]
        indexes = [models.Index(fields=["status", "due_on"])]

    def __str__(self):
        return self.title()

    def save(self, *args, **kwargs):
        self.description_html = render_markdown(self.description)
        self.date_closing()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("followup:detail", args=[self.pk])

    def title(self, length=120) -> str:
        """Return the first line of the description, without Markdown marks, shortened."""
        first_line = next((line for line in self.description.splitlines() if line.strip()), "")
        text = first_line.replace("*", "").replace("#", "").strip(" -")
        return text if len(text) <= length else text[: length - 1].rstrip() + "…"

    def owner_display(self) -> str:
        """Return who takes the action up: the member, the organisation or the name given."""
        names = [str(owner) for owner in (self.owner_member, self.owner_organisation) if owner]
        if self.owner_name:
            names.append(self.owner_name)
        return " · ".join(names) or "Nog niet bekend"

    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    def is_overdue(self, today=None) -> bool:
        return bool(
            self.is_open() and self.due_on and self.due_on < (today or timezone.localdate())
        )

    def date_closing(self, now=None):
        """Keep `closed_at` with the status: set when done or dropped, empty while open."""
        if self.is_open():
            self.closed_at = None
        elif self.closed_at is None:
            self.closed_at = now or timezone.now()

    def can_be_updated_by(self, user) -> bool:
        """Return whether the user may change the status: the owning member or a trekker."""
        from members.roles import is_approved_member, is_trekker

        if not is_approved_member(user):
            return False
        return is_trekker(user) or (
            self.owner_member_id is not None and self.owner_member_id == user.pk
        )


class ActionChange(models.Model):
    """One change of an action's status or note on the site: who, when, from and to."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="changes")
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="door",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="followup_action_changes",
    )
    changed_at = models.DateTimeField("op", default=timezone.now)
    from_status = models.CharField("van", max_length=10, choices=Action.Status)
    to_status = models.CharField("naar", max_length=10, choices=Action.Status)
    note = models.TextField("toelichting", blank=True)

    class Meta:
        verbose_name = "wijziging van een vervolgactie"
        verbose_name_plural = "wijzigingen van vervolgacties"
        ordering = ["-changed_at", "-pk"]

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"


# -- Evaluation ---------------------------------------------------------------------------


class Evaluation(models.Model):
    """The evaluation of one meeting: its extra questions and the summary the trekkers publish."""

    meeting = models.OneToOneField(
        "meetings.Meeting",
        verbose_name="bijeenkomst",
        on_delete=models.CASCADE,
        related_name="evaluation",
        error_messages={"unique": "Deze bijeenkomst heeft al een evaluatie."},
    )
    extra_questions = models.TextField(
        "extra vragen",
        blank=True,
        help_text="Eén vraag per regel. Deelnemers krijgen ze na de vaste vragen, met een "
        "tekstvak om te antwoorden.",
    )
    published_summary = models.TextField(
        "samenvatting voor bij het verslag",
        blank=True,
        help_text="Markdown. Staat bij het verslag op de pagina van de bijeenkomst, zodra het "
        "verslag gepubliceerd is. Leeg laten: dan staat er niets.",
    )
    published_summary_html = models.TextField(editable=False, blank=True)
    created_at = models.DateTimeField("aangemaakt op", auto_now_add=True)

    class Meta:
        verbose_name = "evaluatie"
        verbose_name_plural = "evaluaties"
        ordering = ["-meeting__starts_at"]

    def __str__(self):
        return f"Evaluatie: {self.meeting}"

    def save(self, *args, **kwargs):
        self.published_summary_html = render_markdown(self.published_summary)
        super().save(*args, **kwargs)

    def question_list(self) -> list[str]:
        return [line.strip() for line in self.extra_questions.splitlines() if line.strip()]


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class InvitationQuerySet(models.QuerySet):
    def with_token(self, token: str):
        return self.filter(token_hash=hash_token(token))


class Invitation(models.Model):
    """A personal link to the evaluation for one confirmed registrant; used once.

    Only the hash of the token is stored: the link itself exists only in the e-mail.
    """

    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="invitations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="lid",
        on_delete=models.CASCADE,
        related_name="evaluation_invitations",
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    sent_at = models.DateTimeField("verstuurd op", default=timezone.now)
    used_at = models.DateTimeField("ingevuld op", null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = "uitnodiging voor de evaluatie"
        verbose_name_plural = "uitnodigingen voor de evaluatie"
        constraints = [
            models.UniqueConstraint(
                fields=["evaluation", "user"],
                name="followup_one_invitation_per_member",
                violation_error_message="Dit lid is al uitgenodigd voor deze evaluatie.",
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.evaluation.meeting}"

    @staticmethod
    def new_token() -> str:
        return secrets.token_urlsafe(32)

    @staticmethod
    def token_hash_of(token: str) -> str:
        return hash_token(token)

    def is_used(self) -> bool:
        return self.used_at is not None


class Response(models.Model):
    """One participant's answers, stored without who gave them.

    No user, no invitation, no timestamp, and a random key: the order of the rows says
    nothing about the order in which people answered.
    """

    class FormatFit(models.TextChoices):
        YES = "yes", "Ja"
        PARTLY = "partly", "Deels"
        NO = "no", "Nee"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    evaluation = models.ForeignKey(Evaluation, on_delete=models.CASCADE, related_name="responses")
    overall = models.PositiveSmallIntegerField(
        "algemeen oordeel", choices=[(score, str(score)) for score in range(1, 6)]
    )
    format_fit = models.CharField("was de vorm goed?", max_length=10, choices=FormatFit)
    keep = models.TextField("wat moeten we houden?", blank=True, max_length=2000)
    change = models.TextField("wat kan anders?", blank=True, max_length=2000)
    extra_answers = models.JSONField(
        "antwoorden op de extra vragen", default=dict, blank=True, help_text="{vraag: antwoord}"
    )

    class Meta:
        verbose_name = "antwoord op de evaluatie"
        verbose_name_plural = "antwoorden op de evaluatie"
        constraints = [
            models.CheckConstraint(
                condition=Q(overall__gte=1, overall__lte=5),
                name="followup_overall_between_1_and_5",
                violation_error_message="Kies een cijfer van 1 tot en met 5.",
            )
        ]

    def __str__(self):
        return f"Antwoord op {self.evaluation}"

    def clean(self):
        if self.overall is not None and not 1 <= self.overall <= 5:
            raise ValidationError({"overall": "Kies een cijfer van 1 tot en met 5."})
