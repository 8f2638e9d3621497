"""Create the demo offers, attendance and open reflection, each only when it is missing."""

from django.utils import timezone

from meetings.models import Meeting, Reflection
from members.models import Profile, User
from participation.demo import data
from participation.models import Attendance, KwartiertjeOffer, ReflectionAnswer, ReflectionOpening


def load(now=None):
    now = now or timezone.now()
    load_offers()
    load_attendance(now)
    load_open_reflection(now)


def load_offers():
    for offer in data.KWARTIERTJE_OFFERS:
        member = User.objects.filter(email=offer["email"]).first()
        if member is not None:
            KwartiertjeOffer.objects.get_or_create(
                member=member, topic=offer["topic"], defaults={"description": offer["description"]}
            )


def load_attendance(now):
    """Note the demo members and one walk-in as present at every past meeting without any."""
    profiles = list(
        Profile.objects.filter(user__email__in=data.ATTENDING_EMAILS).select_related("organisation")
    )
    past = Meeting.objects.past(now).exclude(status=Meeting.Status.CANCELLED)
    for meeting in past.filter(attendances__isnull=True):
        for profile in profiles:
            Attendance.objects.create(
                meeting=meeting,
                user_id=profile.user_id,
                perspectives=list(profile.perspectives),
                region=profile.region,
                organisation=str(profile.organisation or ""),
            )
        Attendance.objects.create(meeting=meeting, is_walk_in=True, **data.WALK_IN)


def load_open_reflection(now):
    """Open the first reflection question of the most recent published report."""
    reflection = (
        Reflection.objects.filter(report__meeting__ends_at__lt=now)
        .order_by("-report__meeting__starts_at", "position", "pk")
        .first()
    )
    if reflection is None:
        return
    ReflectionOpening.objects.get_or_create(reflection=reflection)
    for answer in data.REFLECTION_ANSWERS:
        author = User.objects.filter(email=answer["email"]).first()
        if author is not None:
            ReflectionAnswer.objects.get_or_create(
                reflection=reflection,
                author=author,
                defaults={
                    "text": answer["text"],
                    "show_name": answer["show_name"],
                    "status": answer["status"],
                },
            )
