from django.urls import path

from feedback import views

app_name = "feedback"

urlpatterns = [
    path("<int:page_id>/", views.feedback, name="submit"),
]
