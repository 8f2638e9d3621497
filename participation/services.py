"""Workflows of participation: answering reflections, marking who came, scheduling kwartiertjes."""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from meetings.models import AgendaItem, Registration
from members.models import Perspective, Profile, Region
from participation.models import Attendance, ReflectionAnswer, ReservedPlaces

# Fewer attendees than this from a perspective or region puts it under "wat ontbreekt nog".
MISSING_BELOW = 2
# The regions the network serves; "Elders" is counted but never missing.
NETWORK_REGIONS = [Region.HAAGLANDEN, Region.MIDDEN_HOLLAND, Region.HOLLAND_RIJNLAND]


# -- Online reflections ---------------------------------------------------------------------


def answer_reflection(reflection, user, text, show_name) -> ReflectionAnswer:
    """Store `user`'s answer (a new one, or their earlier one changed); it waits for review."""
    with transaction.atomic():
        answer, _ = ReflectionAnswer.objects.select_for_update().get_or_create(
            reflection=reflection, author=user, defaults={"text": text}
        )
        answer.text = text
        answer.show_name = show_name
        answer.status = ReflectionAnswer.Status.PENDING
        answer.submitted_at = timezone.now()
        answer.reviewed_at = None
        answer.save()
    return answer


def review_answers(answers, status) -> int:
    """Approve or reject the given answers; return how many changed."""
    return answers.exclude(status=status).update(status=status, reviewed_at=timezone.now())


# -- Attendance -----------------------------------------------------------------------------


def mark_present(registration) -> Attendance:
    """Note the registered member as present, with the perspectives and region of their profile."""
    profile = Profile.objects.filter(user_id=registration.user_id).first()
    attendance, _ = Attendance.objects.get_or_create(
        meeting_id=registration.meeting_id,
        user_id=registration.user_id,
        defaults={
            "perspectives": list(profile.perspectives) if profile else [],
            "region": profile.region if profile else "",
            "organisation": str(profile.organisation or "") if profile else "",
        },
    )
    return attendance


def mark_absent(registration) -> None:
    Attendance.objects.filter(
        meeting_id=registration.meeting_id, user_id=registration.user_id
    ).delete()


def may_mark_attendance(meeting, now=None) -> bool:
    """Return whether attendance can be noted: from the day of the meeting on, unless cancelled."""
    if meeting.is_cancelled:
        return False
    today = timezone.localdate(now or timezone.now())
    return timezone.localdate(meeting.starts_at) <= today


@dataclass(frozen=True)
class AttendanceSummary:
    """Attendance counted per BOPOD perspective and per region, with what is missing."""

    total: int
    per_perspective: list  # [(label, count)]
    per_region: list  # [(label, count)]
    missing_perspectives: list  # [label]
    missing_regions: list  # [label]

    @property
    def is_complete(self) -> bool:
        return not (self.missing_perspectives or self.missing_regions)


def _count_expressions(prefix="") -> dict:
    """Return the Count() per perspective and per region, for aggregate() or annotate()."""
    path = f"{prefix}__" if prefix else ""
    pk = f"{path}pk"
    counts = {"total": Count(pk)}
    for perspective in Perspective:
        counts[f"perspective_{perspective.value}"] = Count(
            pk, filter=Q(**{f"{path}perspectives__contains": [perspective.value]})
        )
    for region in Region:
        counts[f"region_{region.value}"] = Count(pk, filter=Q(**{f"{path}region": region.value}))
    return counts


def _summary_from(counts: dict) -> AttendanceSummary:
    per_perspective = [(p.label, counts[f"perspective_{p.value}"]) for p in Perspective]
    per_region = [(r.label, counts[f"region_{r.value}"]) for r in Region]
    return AttendanceSummary(
        total=counts["total"],
        per_perspective=per_perspective,
        per_region=per_region,
        missing_perspectives=[
            p.label for p in Perspective if counts[f"perspective_{p.value}"] < MISSING_BELOW
        ],
        missing_regions=[
            r.label for r in NETWORK_REGIONS if counts[f"region_{r.value}"] < MISSING_BELOW
        ],
    )


def summarize_attendance(attendances) -> AttendanceSummary:
    """Count the attendances per perspective and per region, in one query."""
    return _summary_from(attendances.aggregate(**_count_expressions()))


def summarize_meetings(meetings) -> list:
    """Return [(meeting, AttendanceSummary)] for the meetings, in one query."""
    annotated = meetings.annotate(**_count_expressions("attendances"))
    return [(meeting, _summary_from(vars(meeting))) for meeting in annotated]


# -- Reserved places -------------------------------------------------------------------------


def places_held_for_others(meeting, user) -> int:
    """Return the free places the meeting still holds for perspectives `user` does not have.

    A reservation for a perspective is filled by confirmed members who have it (a member with
    two perspectives counts for both). One query without reservations, three with. The
    caller (meetings.services) holds the meeting's row lock, so the counts cannot change
    underneath.
    """
    reservations = list(ReservedPlaces.objects.filter(meeting_id=meeting.pk))
    if not reservations:
        return 0
    own = set(
        Profile.objects.filter(user=user).values_list("perspectives", flat=True).first() or []
    )
    held_for_others = [r for r in reservations if r.perspective not in own]
    if not held_for_others:
        return 0
    confirmed = Profile.objects.filter(
        user__registrations__meeting_id=meeting.pk,
        user__registrations__status=Registration.Status.CONFIRMED,
    ).aggregate(
        **{
            r.perspective: Count("pk", filter=Q(perspectives__contains=[r.perspective]))
            for r in held_for_others
        }
    )
    return sum(max(0, r.places - confirmed[r.perspective]) for r in held_for_others)


def has_reserved_places(meeting) -> bool:
    return ReservedPlaces.objects.filter(meeting_id=meeting.pk).exists()


# -- LNW-kwartiertje -----------------------------------------------------------------------------


def assign_kwartiertje(offer, agenda_item) -> None:
    """Make the offering member the presenter of `agenda_item`, an LNW-kwartiertje."""
    with transaction.atomic():
        member = offer.member
        profile = Profile.objects.filter(user=member).select_related("organisation").first()
        agenda_item.kind = AgendaItem.Kind.KWARTIERTJE
        agenda_item.presenter_name = member.get_full_name() or str(member)
        agenda_item.presenter_profile = profile
        if profile and profile.organisation:
            agenda_item.presenter_organisation = profile.organisation.name
        agenda_item.save()
        offer.agenda_item = agenda_item
        offer.save(update_fields=["agenda_item"])
