from django.urls import path

from .views import flow, manage, recovery

app_name = "booking"

urlpatterns = [
    path("", flow.TopicStep.as_view(), name="start"),
    path("urgente/", flow.UrgentStep.as_view(), name="urgent"),
    path("dove/", flow.WhereStep.as_view(), name="where"),
    path("quando/", flow.WhenStep.as_view(), name="when"),
    path("dati/", flow.DetailsStep.as_view(), name="details"),
    path("riepilogo/", flow.SummaryStep.as_view(), name="summary"),
    path("fatto/", flow.done, name="done"),
    path("fatto/appuntamento.ics", flow.done_ics, name="done_ics"),
    path("gestisci/", manage.manage, name="manage"),
    path("gestisci/annulla/", manage.manage_cancel, name="manage_cancel"),
    path("gestisci/sposta/", manage.manage_move, name="manage_move"),
    path("gestisci/appuntamento.ics", manage.manage_ics, name="manage_ics"),
    path("link-perso/", recovery.lost_link, name="lost_link"),
    path("link-perso/inviato/", recovery.lost_link_sent, name="lost_link_sent"),
    path("gestisci/<str:token>/", manage.manage_entry, name="manage_entry"),
]
