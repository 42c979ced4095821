from django.urls import path

from . import views

app_name = "network"

urlpatterns = [
    path("posti-stanotte/", views.tonight, name="tonight"),
    path("posti-stanotte.json", views.capacity_json, name="capacity_json"),
    path("invito/<str:token>/", views.invitation, name="invitation"),
    path("verifica/<str:token>/", views.verify, name="verify"),
    path("posti/<str:token>/", views.beds, name="beds"),
]
