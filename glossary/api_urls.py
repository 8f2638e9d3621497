from django.urls import path

from glossary import views

app_name = "glossary_api"

urlpatterns = [
    path("", views.api_list, name="list"),
    path("<slug:slug>/", views.api_detail, name="detail"),
]
