from django.urls import path

from search import views

# No app_name: the page keeps its site-wide route name `search`, which links and the
# authorization matrix use.
urlpatterns = [
    path("", views.search, name="search"),
]
