from django.urls import path

from . import views

app_name = "booking"

urlpatterns = [
    path("", views.TopicStep.as_view(), name="start"),
    path("urgente/", views.UrgentStep.as_view(), name="urgent"),
    path("dove/", views.WhereStep.as_view(), name="where"),
    path("quando/", views.WhenStep.as_view(), name="when"),
    path("dati/", views.DetailsStep.as_view(), name="details"),
    path("riepilogo/", views.SummaryStep.as_view(), name="summary"),
    path("fatto/", views.done, name="done"),
    path("fatto/appuntamento.ics", views.done_ics, name="done_ics"),
    path("gestisci/", views.manage, name="manage"),
    path("gestisci/annulla/", views.manage_cancel, name="manage_cancel"),
    path("gestisci/sposta/", views.manage_move, name="manage_move"),
    path("gestisci/appuntamento.ics", views.manage_ics, name="manage_ics"),
    path("link-perso/", views.lost_link, name="lost_link"),
    path("link-perso/inviato/", views.lost_link_sent, name="lost_link_sent"),
    path("gestisci/<str:token>/", views.manage_entry, name="manage_entry"),
]
