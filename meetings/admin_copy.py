"""Copy a meeting for the next quarter: the add form, filled in from an earlier meeting.

Nothing is saved until the trekker presses "Opslaan": a meeting page is public as soon as it
exists, so the copy is a form to check first (title, date), not a new meeting. The copy keeps
the goals and the agenda; registrations, the report and factsheets belong to the original.
"""

from datetime import datetime, timedelta

from django.contrib import admin, messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from taggit.utils import edit_string_for_tags

from meetings.models import Meeting

# The parameter of the add page that names the meeting to copy.
COPY_PARAMETER = "kopie_van"
# A quarter later on the same weekday.
QUARTER = timedelta(weeks=13)

MEETING_FIELDS = [
    "title",
    "kind",
    "audience",
    "introduction",
    "format",
    "venue",
    "address",
    "online_url",
    "capacity",
]
GOAL_FIELDS = ["position", "text"]
AGENDA_ITEM_FIELDS = [
    "position",
    "starts_at",
    "kind",
    "title",
    "presenter_name",
    "presenter_organisation",
    "presenter_profile",
    "description",
]


def same_time_next_quarter(moment: datetime | None) -> datetime | None:
    """Return the same Amsterdam clock time on the same weekday 13 weeks later.

    Counted in local dates, so a 10:00 meeting in winter is copied to 10:00 in summer.
    """
    if moment is None:
        return None
    local = timezone.localtime(moment)
    return datetime.combine(local.date() + QUARTER, local.time(), tzinfo=local.tzinfo)


def free_slug(meeting: Meeting, starts_at: datetime) -> str:
    """Return a slug for the copy, from its title and new date, that no meeting uses yet."""
    base = slugify(f"{meeting.title} {timezone.localtime(starts_at):%Y-%m-%d}")[:190]
    slug, number = base, 2
    while Meeting.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def copy_source(request) -> Meeting | None:
    """Return the meeting the add page copies (?kopie_van=<id>), once per request."""
    if not hasattr(request, "_meeting_copy_source"):
        source_id = request.GET.get(COPY_PARAMETER, "")
        request._meeting_copy_source = (
            Meeting.objects.prefetch_related("goals", "agenda_items", "themes")
            .filter(pk=source_id)
            .first()
            if source_id.isdigit() and request.method == "GET"
            else None
        )
    return request._meeting_copy_source


def initial_meeting(source: Meeting) -> dict:
    """The add form's fields for a copy of `source` a quarter later."""
    starts_at = same_time_next_quarter(source.starts_at)
    return {
        **{name: getattr(source, name) for name in MEETING_FIELDS},
        "slug": free_slug(source, starts_at),
        "themes": edit_string_for_tags(list(source.themes.all())),
        "starts_at": starts_at,
        "ends_at": same_time_next_quarter(source.ends_at),
        "registration_opens_at": same_time_next_quarter(source.registration_opens_at),
        "registration_closes_at": same_time_next_quarter(source.registration_closes_at),
        "status": Meeting.Status.PLANNED,
    }


def initial_rows(source: Meeting, related_name: str) -> list[dict]:
    """The inline rows (goals or agenda items) of `source`, as initial data for the copy."""
    fields = {"goals": GOAL_FIELDS, "agenda_items": AGENDA_ITEM_FIELDS}[related_name]
    return [
        {
            name: getattr(row, f"{name}_id" if name == "presenter_profile" else name)
            for name in fields
        }
        for row in getattr(source, related_name).all()
    ]


def copy_url(meeting: Meeting) -> str:
    return f"{reverse('admin:meetings_meeting_add')}?{COPY_PARAMETER}={meeting.pk}"


@admin.action(
    description="Kopieer als nieuwe bijeenkomst (een kwartaal later)", permissions=["add"]
)
def copy_as_new_meeting(modeladmin, request, queryset):
    """Open the add form filled in from the one selected meeting."""
    meetings = list(queryset[:2])
    if len(meetings) != 1:
        modeladmin.message_user(request, "Kies één bijeenkomst om te kopiëren.", messages.WARNING)
        return None
    return redirect(copy_url(meetings[0]))


class CopiedRowsMixin:
    """For an inline whose rows (`copied_rows`, a related name) come along with a copy."""

    copied_rows = ""

    def get_extra(self, request, obj=None, **kwargs):
        source = copy_source(request) if obj is None else None
        if source is None:
            return super().get_extra(request, obj, **kwargs)
        return len(initial_rows(source, self.copied_rows))
