from django.urls import path

from followup import views

app_name = "followup"

urlpatterns = [
    path("vervolgacties/", views.action_list, name="index"),
    path("vervolgacties/<int:pk>/", views.action_detail, name="detail"),
    path("evaluatie/bedankt/", views.thanks, name="thanks"),
    path("evaluatie/<str:token>/", views.evaluate, name="evaluate"),
]
