"""Members directory speed: the directory page with 1,000 members, filtered and unfiltered.

Target: under 150 ms per page on one core. Runs inside a transaction that is rolled back, so
the database is left as it was.
"""

from django.db import transaction
from django.utils import timezone

from bench.timing import measure_view
from members.models import Organisation, Perspective, Profile, User
from members.views import directory

TARGET_MS = 150
MEMBERS = 1_000
RUNS = 15


class _Rollback(Exception):
    pass


def _fill():
    organisations = [
        Organisation.objects.create(name=f"Bench-organisatie {number}") for number in range(20)
    ]
    users = User.objects.bulk_create(
        User(
            email=f"bench{number}@example.org",
            first_name=f"Bench{number}",
            last_name="Lid",
            approval_status=User.ApprovalStatus.APPROVED,
        )
        for number in range(MEMBERS)
    )
    perspectives = list(Perspective)
    profiles = Profile.objects.bulk_create(
        Profile(
            user=user,
            perspectives=[perspectives[number % 5].value],
            organisation=organisations[number % 20],
            region="haaglanden",
            completed_at=timezone.now(),
        )
        for number, user in enumerate(users)
    )
    for number, profile in enumerate(profiles[:200]):
        profile.themes.add(f"bench-thema-{number % 10}")
    return users[0]


def run() -> list[str]:
    lines = []
    try:
        with transaction.atomic():
            viewer = _fill()
            for label, query in [
                ("unfiltered", {}),
                ("perspective + theme + name", {"perspective": "research", "q": "bench1",
                                                "theme": "bench-thema-1"}),
                ("page 40", {"page": 40}),
            ]:  # fmt: skip
                median, queries = measure_view(directory, "/leden/", viewer, runs=RUNS, query=query)
                verdict = "ok" if median < TARGET_MS else "SLOWER THAN TARGET"
                lines.append(
                    f"directory {label}, {MEMBERS} members: median {median:.1f} ms, "
                    f"{queries} queries (target < {TARGET_MS} ms: {verdict})"
                )
            raise _Rollback
    except _Rollback:
        pass
    return lines
