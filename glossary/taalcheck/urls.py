from django.urls import path

from glossary.taalcheck import views

app_name = "taalcheck"

urlpatterns = [
    path("", views.check, name="check"),
]
