from django.urls import path

from . import views

app_name = "partners"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("dati.json", views.open_data_json, name="open_data_json"),
    path("dati.csv", views.open_data_csv, name="open_data_csv"),
    path("<slug:slug>/", views.detail, name="detail"),
    path("<slug:slug>/segnala/", views.report_error, name="report_error"),
]
