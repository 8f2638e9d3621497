from django import forms
from django.contrib import admin
from django.db import models

from glossary.editor_warnings import TaalcheckMixin
from leernetwerk.images import ImageUploadField
from library.models import Audience, ImageCard, NewsItem, Publication, PublicationFile, Region


class PublicationAdminForm(forms.ModelForm):
    """Audiences and regions as checkboxes instead of a comma-separated text."""

    audiences = forms.MultipleChoiceField(
        label="Voor wie",
        choices=Audience.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    regions = forms.MultipleChoiceField(
        label="Regio's", choices=Region.choices, required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Publication
        fields = ["audiences", "regions"]


class PublicationFileInline(admin.StackedInline):
    model = PublicationFile
    extra = 0
    fields = ["title", "file", "added_at"]


@admin.register(Publication)
class PublicationAdmin(TaalcheckMixin, admin.ModelAdmin):
    form = PublicationAdminForm
    list_display = ["title", "kind", "status", "visibility", "is_published", "published_on"]
    list_filter = ["kind", "status", "visibility", "is_published"]
    search_fields = ["title", "summary", "body"]
    date_hierarchy = "published_on"
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["meetings", "projects", "terms"]
    autocomplete_fields = ["b1_version"]
    inlines = [PublicationFileInline]
    taalcheck_fields = ("title", "summary", "body", "b1_body", "network_notes")
    fieldsets = [
        (None, {"fields": ["title", "slug", "kind", "summary", "body"]}),
        ("Voor wie", {"fields": ["audiences", "b1_version", "b1_body", "themes", "regions"]}),
        (
            "Publiceren",
            {"fields": ["status", "published_on", "visibility", "is_published"]},
        ),
        ("Hoort bij", {"fields": ["meetings", "projects", "terms"]}),
        (
            "Instrument: waar staat het?",
            {
                "classes": ["collapse"],
                "fields": [
                    "databank",
                    "databank_url",
                    "recognition_level",
                    "regional_use",
                    "network_notes",
                ],
            },
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("themes")


@admin.register(NewsItem)
class NewsItemAdmin(TaalcheckMixin, admin.ModelAdmin):
    list_display = ["title", "kind", "visibility", "is_published", "published_on"]
    list_filter = ["kind", "visibility", "is_published"]
    search_fields = ["title", "summary", "body"]
    date_hierarchy = "published_on"
    prepopulated_fields = {"slug": ["title"]}
    taalcheck_fields = ("title", "summary", "body")
    fields = [
        "title",
        "slug",
        "kind",
        "summary",
        "body",
        "source",
        "published_on",
        "visibility",
        "is_published",
    ]


@admin.register(ImageCard)
class ImageCardAdmin(admin.ModelAdmin):
    list_display = ["title", "alt_text", "licence", "position"]
    list_editable = ["position"]
    search_fields = ["title", "alt_text"]
    prepopulated_fields = {"slug": ["title"]}
    filter_horizontal = ["terms"]
    # Uploads are checked by their content and stored re-encoded, without metadata.
    formfield_overrides = {
        models.ImageField: {"form_class": ImageUploadField, "max_side": 1600, "max_megabytes": 2}
    }
    fields = ["title", "slug", "image", "alt_text", "licence", "credit", "terms", "position"]
