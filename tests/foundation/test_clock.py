"""The suite's clock: every test starts at a pinned instant, and date-sensitive modules say so.

`make test` runs the modules marked `clock` again at the instants in CLOCK_EDGES (Makefile):
late evening, the nights the clocks change, New Year's Eve.
"""

import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from django.utils import timezone

from tests.conftest import pinned_now
from tests.factories import local_datetime

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
TESTS = Path(__file__).resolve().parent.parent

# What a test module uses when it builds dates from "now".
CLOCK_USE = re.compile(
    r"timezone\.now\(|localdate\(\)|localtime\(\)|datetime\.now\(|date\.today\(|days_from_now"
    r"|local_datetime\("
)
CLOCK_MARK = re.compile(r"^pytestmark = .*pytest\.mark\.clock", re.MULTILINE)
# Modules that use "now" only to put objects clearly in the past or future, and assert nothing
# that depends on the hour or the day; running them at every edge would only cost minutes.
CLOCK_INDEPENDENT = {
    "security/test_payloads.py": "meetings ten days ahead; asserts escaping, not dates",
}


def test_now_is_the_pinned_instant():
    assert abs(timezone.now() - pinned_now()) < timedelta(minutes=1)


def test_every_module_that_builds_dates_from_now_is_marked_clock():
    unmarked = [
        str(path.relative_to(TESTS))
        for path in sorted(TESTS.rglob("test_*.py"))
        if path.name != "test_clock.py"
        and str(path.relative_to(TESTS)) not in CLOCK_INDEPENDENT
        and CLOCK_USE.search(path.read_text())
        and not CLOCK_MARK.search(path.read_text())
    ]
    assert not unmarked, f"Add `pytest.mark.clock` to pytestmark in: {', '.join(unmarked)}"


def test_local_datetime_keeps_the_hour_across_the_night_the_clocks_go_forward(time_machine):
    time_machine.move_to(datetime(2027, 3, 27, 23, 30, tzinfo=AMSTERDAM))

    tomorrow = local_datetime(1, hour=14)

    assert tomorrow == datetime(2027, 3, 28, 14, 0, tzinfo=AMSTERDAM)
    assert tomorrow.utcoffset() == timedelta(hours=2)


def test_local_datetime_counts_calendar_days_late_in_the_evening(time_machine):
    time_machine.move_to(datetime(2026, 12, 31, 23, 30, tzinfo=AMSTERDAM))

    assert local_datetime(0).date().isoformat() == "2026-12-31"
    assert local_datetime(1).date().isoformat() == "2027-01-01"
