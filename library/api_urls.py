from django.urls import path

from library import api

app_name = "library_api"

urlpatterns = [
    path("", api.publication_list, name="list"),
    path("<slug:slug>/", api.publication_detail, name="detail"),
]
