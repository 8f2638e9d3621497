from django.urls import path

from participation import views

app_name = "participation"

urlpatterns = [
    path(
        "bijeenkomsten/<slug:slug>/reflectie/<int:pk>/",
        views.answer_reflection,
        name="answer_reflection",
    ),
    path("bijeenkomsten/<slug:slug>/aanwezig/", views.attendance, name="attendance"),
    path("aanwezigheid/", views.attendance_year, name="attendance_year"),
    path("kwartiertje/", views.kwartiertje, name="kwartiertje"),
]
