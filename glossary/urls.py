from django.urls import path
from django.views.decorators.http import conditional_page

from glossary import views

app_name = "glossary"

# Fixed paths come before <slug>; Entry refuses their first segments as slugs (leernetwerk.slugs).
urlpatterns = [
    path("", views.term_index, name="index"),
    path("zoeken/", views.term_lookup, name="lookup"),
    path("tipsheet/", views.tipsheet, name="tipsheet"),
    path("export/begrippenkader.<str:extension>", conditional_page(views.export), name="export"),
    path("<slug:slug>/", views.term_detail, name="detail"),
    path("<slug:slug>/afbeelding/", views.term_image, name="image"),
]
