from django.urls import path
from django.views.decorators.http import conditional_page

from meetings import calendar_views, feeds, registration_views, views

app_name = "meetings"

# Pages and factsheets live in `views`, the Atom feed in `feeds`; registering and cancelling in
# `registration_views`; the .ics calendars in `calendar_views`. Fixed paths come before slugs.
# The feed and the calendars send an ETag and answer 304 to a reader that has them already.
urlpatterns = [
    path("", views.meeting_list, name="index"),
    path("agenda.ics", conditional_page(calendar_views.agenda_feed), name="agenda_ics"),
    path("agenda/nieuwe-link/", calendar_views.renew_agenda_link, name="renew_agenda_link"),
    path("agenda/<slug:token>.ics", calendar_views.personal_agenda, name="personal_agenda"),
    path("feed/", conditional_page(feeds.ReportFeed()), name="feed"),
    path("factsheets/", views.factsheet_list, name="factsheets"),
    path("factsheets/<slug:slug>.pdf", views.factsheet_download, name="factsheet_download"),
    path("<slug:slug>.ics", conditional_page(calendar_views.meeting_ics), name="meeting_ics"),
    path("<slug:slug>/", views.meeting_detail, name="detail"),
    path("<slug:slug>/aanmelden/", registration_views.register, name="register"),
    path("<slug:slug>/afmelden/", registration_views.cancel, name="cancel"),
    path(
        "<slug:slug>/aanmelding/",
        registration_views.registration_detail,
        name="registration",
    ),
]
