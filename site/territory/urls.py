from django.urls import path

from . import views

app_name = "territory"

urlpatterns = [
    path("immobili-sfitti/", views.report, name="report"),
    path("immobili-sfitti/grazie/", views.thanks, name="thanks"),
    path("osservatorio/", views.observatory, name="observatory"),
    path("osservatorio/dati.json", views.open_data_json, name="open_data_json"),
    path("osservatorio/dati.csv", views.open_data_csv, name="open_data_csv"),
    path("osservatorio/schema.json", views.schema, {"kind": "json"}, name="schema_json"),
    path("osservatorio/schema-csv.json", views.schema, {"kind": "csv"}, name="schema_csv"),
]
