"""Members directory speed: the directory page with 1,000 members, filtered and unfiltered.

Target: under 150 ms per page on one core. Runs inside a transaction that is rolled back, so
the database is left as it was.
"""

import statistics
import time

from django.db import connection, transaction
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

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


def _measure(viewer, query):
    request = RequestFactory().get("/leden/", query)
    request.user = viewer
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            response = directory(request)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    return statistics.median(timings), len(queries)


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
                median, queries = _measure(viewer, query)
                verdict = "ok" if median < TARGET_MS else "SLOWER THAN TARGET"
                lines.append(
                    f"directory {label}, {MEMBERS} members: median {median:.1f} ms, "
                    f"{queries} queries (target < {TARGET_MS} ms: {verdict})"
                )
            raise _Rollback
    except _Rollback:
        pass
    return lines
