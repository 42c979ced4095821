from django.urls import path

from . import views

app_name = "network"

urlpatterns = [
    path("posti-stanotte/", views.tonight, name="tonight"),
    path("invito/<str:token>/", views.invitation, name="invitation"),
    path("verifica/<str:token>/", views.verify, name="verify"),
    path("posti/<str:token>/", views.beds, name="beds"),
]
