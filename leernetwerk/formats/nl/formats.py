"""Dutch formats as the portal writes them: times without seconds, 10:00 and not 10:00:00.

A time field shows its value in the first of the input formats, and the admin's "Nu" button
writes the time in it too; Django's Dutch formats start with seconds. Every format they read
is still read.
"""

from django.conf.locale.nl import formats as dutch

TIME_INPUT_FORMATS = ["%H:%M", *(f for f in dutch.TIME_INPUT_FORMATS if f != "%H:%M")]
DATETIME_INPUT_FORMATS = [
    "%d-%m-%Y %H:%M",
    *(f for f in dutch.DATETIME_INPUT_FORMATS if f != "%d-%m-%Y %H:%M"),
]
