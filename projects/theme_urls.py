"""Themes from members ("Thema's vanuit de leden"), mounted at /themas/."""

from django.urls import path

from projects import views

app_name = "themes"

urlpatterns = [
    path("", views.theme_list, name="index"),
    path("voorstellen/", views.propose_theme, name="propose"),
    path("<int:pk>/steunen/", views.support_theme, name="support"),
]
