"""Private calendar feeds. Mounted by the project at ``/calendario/`` (see docs/operators.md)."""

from django.urls import path

from . import feeds

app_name = "booking_feeds"

urlpatterns = [
    path("<str:token>.ics", feeds.feed, name="feed"),
]
