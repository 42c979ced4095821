from django.urls import path

from guides import views

app_name = "guides"

urlpatterns = [
    path("<int:page_id>/", views.feedback, name="feedback"),
]
