"""The project's URLs plus what issue 7 asks the lead to mount: calendar feeds and anymail webhooks."""

from django.urls import include, path

from config.urls import urlpatterns as project_urlpatterns

urlpatterns = [
    path("calendario/", include("operators.feed_urls")),
    path("anymail/", include("anymail.urls")),
    *project_urlpatterns,
]
