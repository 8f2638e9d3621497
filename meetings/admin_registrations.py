"""Admin for registrations: attendee and waiting lists per meeting, CSV export.

`export_registrations_csv` is also an action of the meeting admin (meetings/admin.py).
"""

from django.contrib import admin


@admin.action(description="Deelnemers en wachtlijst downloaden (CSV)")
def export_registrations_csv(modeladmin, request, queryset):
    raise NotImplementedError
