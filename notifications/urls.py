"""Notification settings and unsubscribe links, mounted at /leden/mijn-gegevens/meldingen/."""

from django.urls import path

from notifications import views

app_name = "notifications"

urlpatterns = [
    path("", views.preferences, name="settings"),
    path("afmelden/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
