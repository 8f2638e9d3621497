from django.urls import path

from glossary import taalcheck_views

app_name = "taalcheck"

urlpatterns = [
    path("", taalcheck_views.check, name="check"),
]
