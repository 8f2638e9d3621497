"""The search index that spans every app: one document per findable object."""

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import Q
from django.utils import timezone

# An explicit regconfig makes to_tsvector immutable, so PostgreSQL can store the vector as a
# generated column and keep it current itself.
SEARCH_CONFIG = "dutch"


class SearchDocumentQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Return the documents this viewer may find now: members-only ones for members only."""
        from members.roles import is_approved_member

        # The application's clock, not the database's: one "now" for every rule on visibility.
        now = timezone.now()
        documents = self.filter(Q(visible_from__isnull=True) | Q(visible_from__lte=now))
        if is_approved_member(user):
            return documents
        return documents.filter(visibility=SearchDocument.Visibility.PUBLIC)

    def of_kind(self, kind):
        """Return the documents of one kind, or all when no kind is given."""
        return self.filter(kind=kind) if kind else self


class SearchDocument(models.Model):
    """One findable thing of any app, as the search page sees it.

    Rows are written by the sources in each app's `search.py` whenever their objects are saved;
    the full-text vector is computed by PostgreSQL from the text columns.
    """

    class Kind(models.TextChoices):
        # The order here is the order of the groups on the search page.
        TERM = "term", "Begrippen"
        REPORT = "report", "Verslagen"
        MEETING = "meeting", "Bijeenkomsten"
        AGENDA_ITEM = "agenda_item", "Programmaonderdelen"
        FACTSHEET = "factsheet", "Factsheets"
        PUBLICATION = "publication", "Kennisbank"
        NEWS = "news", "Nieuws"
        PROJECT = "project", "Projecten"
        THEME = "theme", "Thema's"
        MEMBER = "member", "Leden"

    class Visibility(models.TextChoices):
        PUBLIC = "public", "Iedereen"
        MEMBERS = "members", "Alleen goedgekeurde leden"

    kind = models.CharField("soort", max_length=20, choices=Kind)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    title = models.CharField("titel", max_length=300)
    labels = models.TextField(
        "andere namen en kenmerken",
        blank=True,
        help_text="Woorden die zwaarder tellen dan de tekst: andere termen, thema's, namen.",
    )
    body = models.TextField("tekst", blank=True)
    url = models.CharField("link", max_length=500)
    visibility = models.CharField(
        "zichtbaar voor", max_length=10, choices=Visibility, default=Visibility.PUBLIC
    )
    date = models.DateField("datum", null=True, blank=True)
    visible_from = models.DateTimeField(
        "vindbaar vanaf",
        null=True,
        blank=True,
        help_text="Voor wat later verschijnt, zoals een verslag met een publicatiedatum.",
    )
    indexed_at = models.DateTimeField("bijgewerkt op", auto_now=True)
    # Weights: title A, other labels B, text C.
    search_vector = models.GeneratedField(
        expression=(
            SearchVector("title", weight="A", config=SEARCH_CONFIG)
            + SearchVector("labels", weight="B", config=SEARCH_CONFIG)
            + SearchVector("body", weight="C", config=SEARCH_CONFIG)
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = SearchDocumentQuerySet.as_manager()

    class Meta:
        # The table from the days the model lived in the project package: moving the model
        # to this app kept the index and its data in place.
        db_table = "leernetwerk_searchdocument"
        verbose_name = "zoekdocument"
        verbose_name_plural = "zoekdocumenten"
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                name="search_document_per_object",
                violation_error_message="Dit object staat al in de zoekindex.",
            )
        ]
        indexes = [
            GinIndex(fields=["search_vector"], name="search_document_vector"),
            models.Index(fields=["kind", "visibility"], name="search_document_kind"),
        ]

    def __str__(self):
        return self.title
