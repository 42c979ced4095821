from django.urls import path

from . import admin_views as views

app_name = "network_admin"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("scheda/<int:pk>/", views.ListingEditView.as_view(), name="listing_edit"),
    path("scheda/<int:pk>/posti/", views.BedsView.as_view(), name="beds"),
    path("invii/nuovo/", views.ReferralCreateView.as_view(), name="referral_new"),
    path("invii/<int:pk>/", views.ReferralView.as_view(), name="referral"),
    path("invii/<int:pk>/prenota/", views.ReferralBookView.as_view(), name="referral_book"),
    path("inviti/nuovo/", views.InviteView.as_view(), name="invite"),
]
