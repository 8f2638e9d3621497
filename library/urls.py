from django.urls import path

from library import views

app_name = "library"

urlpatterns = [
    path("", views.publication_list, name="index"),
    path("beeldmateriaal/", views.image_gallery, name="images"),
    path("beeldmateriaal/<slug:slug>/", views.image, name="image"),
    path("zelf-een-leernetwerk-starten/", views.start_a_network, name="start"),
    path("<slug:slug>/", views.publication_detail, name="detail"),
    path("<slug:slug>/bestanden/<int:pk>/", views.publication_file, name="file"),
]
