from django.urls import path

from glossary import views

app_name = "taalcheck"

urlpatterns = [
    path("", views.taalcheck, name="check"),
]
