from django.urls import path

from glossary.taalcheck import views

app_name = "taalcheck_api"

urlpatterns = [
    path("", views.check_api, name="check"),
]
