"""Online reflection answers, attendance and LNW-kwartiertje offers."""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Q
from django.utils import timezone

from leernetwerk.fields import SingleLineCharField
from meetings.models import AgendaItem, Meeting, Reflection
from members.models import Perspective, Region

# -- Online reflections ---------------------------------------------------------------------


class ReflectionOpeningQuerySet(models.QuerySet):
    def open(self):
        return self.filter(is_open=True)


class ReflectionOpening(models.Model):
    """A reflection question of a report that members may answer on the meeting page."""

    reflection = models.OneToOneField(
        Reflection,
        verbose_name="reflectievraag",
        on_delete=models.CASCADE,
        related_name="opening",
        error_messages={"unique": "Deze reflectievraag staat al open. Pas die regel aan."},
    )
    is_open = models.BooleanField(
        "open voor antwoorden",
        default=True,
        help_text="Zolang dit aan staat, kunnen leden op de pagina van de bijeenkomst antwoorden.",
    )
    opened_at = models.DateTimeField("opengezet op", default=timezone.now)

    objects = ReflectionOpeningQuerySet.as_manager()

    class Meta:
        verbose_name = "online reflectievraag"
        verbose_name_plural = "online reflectievragen"
        ordering = ["-opened_at"]

    def __str__(self):
        return f"{self.reflection.report.meeting}: {self.reflection}"


class ReflectionAnswerQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=ReflectionAnswer.Status.APPROVED)

    def pending(self):
        return self.filter(status=ReflectionAnswer.Status.PENDING)


class ReflectionAnswer(models.Model):
    """A member's answer to an open reflection question; hidden until a trekker approves it."""

    class Status(models.TextChoices):
        PENDING = "pending", "Wacht op beoordeling"
        APPROVED = "approved", "Goedgekeurd"
        REJECTED = "rejected", "Niet geplaatst"

    reflection = models.ForeignKey(
        Reflection,
        verbose_name="reflectievraag",
        on_delete=models.CASCADE,
        related_name="online_answers",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="lid",
        on_delete=models.CASCADE,
        related_name="reflection_answers",
    )
    text = models.TextField("antwoord", max_length=1500)
    show_name = models.BooleanField("naam mag bij het antwoord", default=False)
    status = models.CharField("status", max_length=10, choices=Status, default=Status.PENDING)
    submitted_at = models.DateTimeField("ingestuurd op", default=timezone.now)
    reviewed_at = models.DateTimeField("beoordeeld op", null=True, blank=True)

    objects = ReflectionAnswerQuerySet.as_manager()

    class Meta:
        verbose_name = "antwoord op een reflectievraag"
        verbose_name_plural = "antwoorden op reflectievragen"
        ordering = ["submitted_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["reflection", "author"],
                name="one_reflection_answer_per_member",
                violation_error_message="Dit lid heeft deze vraag al beantwoord.",
            ),
        ]

    def __str__(self):
        return self.text[:80]

    def shown_name(self) -> str:
        """Return the author's name when they agreed to show it, else an empty string."""
        return self.author.get_full_name() if self.show_name else ""


# -- Attendance -----------------------------------------------------------------------------


class AttendanceQuerySet(models.QuerySet):
    def in_year(self, year):
        return self.filter(meeting__starts_at__year=year)


class Attendance(models.Model):
    """Someone who came to a meeting: a registered member or a walk-in.

    The perspectives and region are copied when the attendance is marked, so the yearly
    overview keeps counting right after a profile changes. A member's row holds no name of
    its own: when the account is deleted, only the anonymous count remains.
    """

    meeting = models.ForeignKey(
        Meeting, verbose_name="bijeenkomst", on_delete=models.CASCADE, related_name="attendances"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="lid",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="attendances",
    )
    name = SingleLineCharField(
        "naam", max_length=200, blank=True, help_text="Alleen bij iemand zonder aanmelding."
    )
    organisation = SingleLineCharField("organisatie", max_length=200, blank=True)
    perspectives = ArrayField(
        models.CharField(max_length=32, choices=Perspective),
        verbose_name="perspectieven",
        default=list,
        blank=True,
    )
    region = models.CharField("regio", max_length=32, choices=Region, blank=True)
    is_walk_in = models.BooleanField("zonder aanmelding", default=False)
    marked_at = models.DateTimeField("genoteerd op", default=timezone.now)

    objects = AttendanceQuerySet.as_manager()

    class Meta:
        verbose_name = "aanwezige"
        verbose_name_plural = "aanwezigen"
        ordering = ["marked_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "user"],
                condition=Q(user__isnull=False),
                name="one_attendance_per_member",
                violation_error_message="Dit lid staat al als aanwezig genoteerd.",
            ),
        ]

    def __str__(self):
        return self.display_name()

    def display_name(self) -> str:
        if self.user_id:
            return str(self.user)
        return self.name or "Verwijderd account"

    def perspective_labels(self) -> list[str]:
        return [Perspective(value).label for value in self.perspectives]


class ReservedPlaces(models.Model):
    """Places of a meeting held for members of one BOPOD perspective.

    Registration (meetings.services, under the meeting's row lock) keeps them free: a member
    without the perspective goes to the waiting list rather than take a held place.
    """

    meeting = models.ForeignKey(
        Meeting,
        verbose_name="bijeenkomst",
        on_delete=models.CASCADE,
        related_name="reserved_places",
    )
    perspective = models.CharField("perspectief", max_length=32, choices=Perspective)
    places = models.PositiveSmallIntegerField(
        "aantal plaatsen",
        help_text="Zoveel plaatsen blijven vrij voor leden met dit perspectief. Alleen bij een "
        "bijeenkomst met een maximum aantal deelnemers.",
    )

    class Meta:
        verbose_name = "gereserveerde plaatsen"
        verbose_name_plural = "gereserveerde plaatsen per perspectief"
        ordering = ["perspective"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "perspective"],
                name="one_reservation_per_perspective",
                violation_error_message="Voor dit perspectief zijn al plaatsen gereserveerd.",
            ),
        ]

    def __str__(self):
        return f"{self.places} × {self.get_perspective_display()}"


# -- LNW-kwartiertje rota ----------------------------------------------------------------------


class KwartiertjeOfferQuerySet(models.QuerySet):
    def unassigned(self):
        return self.filter(agenda_item__isnull=True)


class KwartiertjeOffer(models.Model):
    """A member's offer to present an LNW-kwartiertje; a trekker assigns it to an agenda item."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="lid",
        on_delete=models.CASCADE,
        related_name="kwartiertje_offers",
    )
    topic = SingleLineCharField("onderwerp", max_length=200)
    description = models.TextField("korte toelichting", max_length=1000)
    agenda_item = models.OneToOneField(
        AgendaItem,
        verbose_name="ingepland als agendapunt",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="kwartiertje_offer",
        help_text="Kies het agendapunt (soort LNW-kwartiertje) waarin dit lid presenteert. "
        "Het lid komt dan als presentator bij dat agendapunt te staan.",
    )
    created_at = models.DateTimeField("aangeboden op", default=timezone.now)

    objects = KwartiertjeOfferQuerySet.as_manager()

    class Meta:
        verbose_name = "aanbod LNW-kwartiertje"
        verbose_name_plural = "aanbod LNW-kwartiertjes"
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.topic

    def status_label(self, now=None) -> str:
        """Return where the offer stands: offered, scheduled, or presented."""
        if self.agenda_item_id is None:
            return "Aangeboden"
        if self.agenda_item.meeting.has_ended(now):
            return "Gepresenteerd"
        return "Ingepland"
