from django.urls import path

from projects import views

app_name = "projects"

urlpatterns = [
    path("", views.project_list, name="index"),
    path("voorstellen/", views.propose, name="propose"),
    path("<slug:slug>/", views.project_detail, name="detail"),
    path("<slug:slug>/aanhaken/", views.join, name="join"),
    path("<slug:slug>/afhaken/", views.leave, name="leave"),
    path("<slug:slug>/documenten/<int:pk>/", views.document, name="document"),
]
