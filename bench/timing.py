"""Timing a view in-process, the way every page bench measures it."""

import statistics
import time

from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext


def measure_view(view, path, viewer, *args, runs, query=None):
    """Call `view` `runs` times as `viewer`; return (median milliseconds, queries of one call)."""
    request = RequestFactory().get(path, query)
    request.user = viewer
    request.session = {}
    timings = []
    # Filling the bench ran thousands of queries; start the log afresh so the count is exact.
    connection.queries_log.clear()
    for _ in range(runs):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            response = view(request, *args)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    return statistics.median(timings), len(queries)
