from django.urls import path

from library import views
from library.feeds import NewsFeed

app_name = "news"

urlpatterns = [
    path("", views.news_list, name="index"),
    path("feed/", NewsFeed(), name="feed"),
    path("<slug:slug>/", views.news_detail, name="detail"),
]
