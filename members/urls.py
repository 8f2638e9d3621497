from django.urls import path

from members import views

app_name = "members"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("<int:pk>/", views.profile_detail, name="profile"),
    path("<int:pk>/foto/", views.profile_photo, name="photo"),
    path("mijn-profiel/", views.my_profile, name="my_profile"),
    path("mijn-profiel/bewerken/", views.edit_profile, name="edit_profile"),
    path("mijn-gegevens/", views.my_data, name="my_data"),
    path("mijn-gegevens/download/", views.download_my_data, name="download_my_data"),
    path("mijn-gegevens/account-verwijderen/", views.delete_account, name="delete_account"),
    path("ledenlijst.csv", views.export_member_list, name="export"),
]
