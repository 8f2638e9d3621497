from django.urls import path

from glossary import taalcheck_views

app_name = "taalcheck_api"

urlpatterns = [
    path("", taalcheck_views.check_api, name="check"),
]
