"""The admin of django-taggit's tags, in Dutch: trekkers know them as theme labels.

The tags are the themes of meetings, glossary entries and projects (their `themes` fields).
taggit's own admin shows the tagged rows as content types and ids, and speaks English in its
merge action; this one keeps the list, the form and the merge, in the portal's words.
"""

from django import forms
from django.contrib import admin
from taggit.admin import TagAdmin
from taggit.models import Tag

# What taggit's merge action says, in English and not through gettext.
TAGGIT_MESSAGES = {
    "Please select at least one tag.": "Kies eerst een of meer thema-labels.",
    "Tags have been merged": "De thema-labels zijn samengevoegd.",
    "Form is invalid.": "Vul de naam van het thema-label in.",
}


class ThemeTagForm(forms.ModelForm):
    class Meta:
        model = Tag
        fields = ["name", "slug"]
        error_messages = {
            "name": {"unique": "Er is al een thema-label met deze naam."},
            "slug": {"unique": "Er is al een thema-label met deze korte naam."},
        }


admin.site.unregister(Tag)


@admin.register(Tag)
class ThemeTagAdmin(TagAdmin):
    form = ThemeTagForm
    inlines = []

    @admin.action(description="Geselecteerde thema-labels samenvoegen")
    def render_tag_form(self, request, queryset):
        return super().render_tag_form(request, queryset)

    def message_user(self, request, message, *args, **kwargs):
        super().message_user(request, TAGGIT_MESSAGES.get(message, message), *args, **kwargs)
