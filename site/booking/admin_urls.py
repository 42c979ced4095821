from django.urls import path

from . import admin_views as views

app_name = "booking_operators"

urlpatterns = [
    path("", views.AgendaView.as_view(), name="agenda"),
    path("appuntamenti/<int:pk>/", views.AppointmentView.as_view(), name="appointment"),
    path("prenota/", views.BookOnBehalfView.as_view(), name="book"),
    path("aperture/", views.OpeningsView.as_view(), name="openings"),
    path("aperture/nuova/", views.OpeningFormView.as_view(), name="opening_create"),
    path("aperture/<int:pk>/", views.OpeningFormView.as_view(), name="opening_edit"),
    path("chiusure/nuova/", views.ClosureView.as_view(), name="closure"),
    path("calendari/", views.FeedsView.as_view(), name="feeds"),
    path("esporta/", views.ExportView.as_view(), name="export"),
    path("numeri/", views.NumbersView.as_view(), name="numbers"),
]
