"""Admin for trekkers: entries with their labels inline, filters, search on every label, history."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models

from glossary import services
from glossary.editor_warnings import warn_about_readability
from glossary.models import AudienceNote, Entry, EntryChange, Label, Meaning, Source
from leernetwerk.images import ImageUploadField


class LabelFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        kept = [
            form
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE", False)
        ]
        preferred = [f for f in kept if f.cleaned_data.get("kind") == Label.Kind.PREFERRED]
        if len(preferred) != 1:
            raise ValidationError("Geef precies één voorkeursterm op.")
        seen = set()
        for form in kept:
            text = " ".join(form.cleaned_data.get("text", "").split()).casefold()
            if text in seen:
                raise ValidationError(f"De term '{form.cleaned_data['text']}' staat er twee keer.")
            seen.add(text)


class LabelInline(admin.TabularInline):
    model = Label
    formset = LabelFormSet
    fields = ["text", "kind", "match_as_written", "reason", "source"]
    extra = 1
    formfield_overrides = {
        # Short rows: reasons are a sentence or two.
        Label._meta.get_field("reason").__class__: {"widget": forms.Textarea(attrs={"rows": 2})}
    }


class AudienceNoteInline(admin.StackedInline):
    model = AudienceNote
    extra = 0


class MeaningInline(admin.StackedInline):
    model = Meaning
    extra = 0


class SourceInline(admin.TabularInline):
    model = Source
    extra = 0


class EntryChangeInline(admin.TabularInline):
    model = EntryChange
    fields = ["changed_at", "changed_by_name", "action", "summary"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = "geschiedenis (wie veranderde wat, wanneer)"

    @admin.display(description="door")
    def changed_by_name(self, change):
        return change.changed_by_name()

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("changed_by")


@admin.register(Entry)
class EntryAdmin(admin.ModelAdmin):
    list_display = ["preferred_term", "discouraged_terms", "status", "status_date", "updated_at"]
    list_filter = ["status", "themes"]
    search_fields = ["labels__text", "slug", "definition"]
    prepopulated_fields = {}
    filter_horizontal = ["related", "broader"]
    inlines = [LabelInline, AudienceNoteInline, MeaningInline, SourceInline, EntryChangeInline]
    # Images are stored re-encoded: small enough for the page, without EXIF.
    formfield_overrides = {
        models.ImageField: {"form_class": ImageUploadField, "max_side": 1600, "max_megabytes": 2}
    }
    fieldsets = [
        (None, {"fields": ["slug", "status", "status_date", "themes"]}),
        ("Betekenis", {"fields": ["definition", "explanation"]}),
        ("Afbeelding", {"fields": ["image", "image_description", "image_credit"]}),
        ("Relaties", {"fields": ["broader", "related"]}),
        ("Taalcheck", {"fields": ["exceptions"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).with_preferred_term().prefetch_related("labels")

    @admin.display(description="voorkeursterm", ordering="preferred_term")
    def preferred_term(self, entry):
        return entry.preferred_term

    @admin.display(description="afgeraden termen")
    def discouraged_terms(self, entry):
        return ", ".join(label.text for label in entry.discouraged_labels()) or "–"

    def get_search_results(self, request, queryset, search_term):
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        return queryset, True

    def save_model(self, request, obj, form, change):
        # The snapshot is taken before anything is written, so the history shows the difference.
        request._glossary_before = services.entry_snapshot(obj) if change else {}
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.record_entry_change(
            form.instance, request.user, getattr(request, "_glossary_before", {})
        )
        warn_about_readability(request, form.instance.explanation, "de uitleg in gewone taal")

    def delete_model(self, request, obj):
        services.record_entry_deletion(obj, request.user)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for entry in queryset:
            services.record_entry_deletion(entry, request.user)
        super().delete_queryset(request, queryset)


@admin.register(EntryChange)
class EntryChangeAdmin(admin.ModelAdmin):
    """The whole history, read-only."""

    list_display = ["changed_at", "entry_name", "action", "changed_by"]
    list_filter = ["action"]
    search_fields = ["entry_name", "summary"]
    list_select_related = ["changed_by"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
