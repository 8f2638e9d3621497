"""The personal data this app holds about a member (AVG): for `Mijn gegevens` and deletion.

Contract used by members: `personal_data(user)` returns JSON-ready data about the user only;
`erase_personal_data(user)` removes it.

Here that is the member's reflection answers, kwartiertje offers and the meetings they were
noted as present at. Erasing deletes the answers and offers; an attendance loses its link to
the member and keeps only the perspectives and region, so the counts of the year stay right.
"""

from participation.models import Attendance, KwartiertjeOffer, ReflectionAnswer


def personal_data(user) -> dict:
    answers = ReflectionAnswer.objects.filter(author=user).select_related("reflection")
    offers = KwartiertjeOffer.objects.filter(member=user).select_related("agenda_item__meeting")
    attendances = Attendance.objects.filter(user=user).select_related("meeting")
    return {
        "reflection_answers": [
            {
                "question": answer.reflection.question,
                "answer": answer.text,
                "name_shown": answer.show_name,
                "status": answer.get_status_display(),
                "submitted_at": answer.submitted_at.isoformat(),
            }
            for answer in answers.order_by("submitted_at", "pk")
        ],
        "kwartiertje_offers": [
            {
                "topic": offer.topic,
                "description": offer.description,
                "offered_at": offer.created_at.isoformat(),
                "meeting": offer.agenda_item.meeting.title if offer.agenda_item else None,
            }
            for offer in offers.order_by("created_at", "pk")
        ],
        "attended": [
            {
                "meeting": attendance.meeting.title,
                "meeting_starts_at": attendance.meeting.starts_at.isoformat(),
            }
            for attendance in attendances.order_by("meeting__starts_at", "pk")
        ],
    }


def erase_personal_data(user) -> None:
    """Delete the member's answers and offers; keep their attendance as an anonymous count."""
    ReflectionAnswer.objects.filter(author=user).delete()
    KwartiertjeOffer.objects.filter(member=user).delete()
    Attendance.objects.filter(user=user).update(user=None, organisation="")
