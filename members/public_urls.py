"""Public pages about who takes part and how the network handles personal data."""

from django.urls import path

from members import views

app_name = "network"

urlpatterns = [
    path("organisaties/", views.organisation_list, name="organisations"),
    path("privacy/", views.privacy_statement, name="privacy"),
]
