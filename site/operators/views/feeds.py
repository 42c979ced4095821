"""Calendar links for phones and Outlook: create (shown once) or revoke."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect

from wagtail.log_actions import log

from .. import feeds
from ..models import CalendarFeed
from ..permissions import (
    get_sportello,
    sportelli_for,
)
from .base import OperatorView

# Calendar feeds ---------------------------------------------------------------------------------


class FeedsView(OperatorView):
    template_name = "operators/feeds.html"
    page_title = "Calendario sul telefono o in Outlook"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        sportelli = list(sportelli_for(user))
        feeds_by_sportello = {
            feed.sportello_id: feed for feed in CalendarFeed.objects.filter(sportello__in=sportelli)
        }
        context.update(
            my_feed=CalendarFeed.objects.filter(user=user).first(),
            sportelli=[(sportello, feeds_by_sportello.get(sportello.pk)) for sportello in sportelli],
            new_url=kwargs.get("new_url"),
            new_for=kwargs.get("new_for"),
        )
        return context

    def post(self, request, *args, **kwargs):
        target = request.POST.get("for", "")
        revoke = request.POST.get("action") == "revoke"
        if target == "me":
            owner, label = {"user": request.user}, "il tuo calendario"
            logged = request.user
        elif target.isdigit():
            sportello = get_sportello(request.user, int(target))
            owner, label = {"sportello": sportello}, f"il calendario di {sportello.name}"
            logged = sportello
        else:
            return redirect(request.path)
        with transaction.atomic():
            if revoke:
                feeds.revoke_feed(**owner)
                log(
                    logged,
                    "booking.feed_revoke",
                    user=request.user,
                    title=f"Link del calendario: {label}"[:255],
                )
            else:
                token = feeds.create_feed(**owner, by=request.user)
                log(
                    logged,
                    "booking.feed_create",
                    user=request.user,
                    title=f"Link del calendario: {label}"[:255],
                )
        if revoke:
            messages.success(request, f"Link disattivato per {label}.")
            return redirect(request.path)
        # The URL is shown once, in this response (never in a redirect URL or in a stored message).
        return self.render_to_response(self.get_context_data(new_url=feeds.feed_url(token), new_for=label))
