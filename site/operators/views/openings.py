"""Openings (weekly, without scheduler jargon) and closures (preview, then confirm)."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone

from booking.models import Appointment, Closure, Opening
from core.topics import topic_label

from .. import forms
from .. import services as operations
from ..permissions import (
    can_use_agenda,
    get_sportello,
    sportelli_for,
)
from .base import OperatorView, local_today

# Openings and closures --------------------------------------------------------------------------


def opening_initial(opening):
    event = opening.event
    start = timezone.localtime(event.start)
    end = timezone.localtime(event.end)
    last = (
        timezone.localtime(event.end_recurring_period).date() if event.end_recurring_period else start.date()
    )
    every = str((event.rule.get_params().get("interval", 1) if event.rule else 1) or 1)
    return {
        "start_time": start.time(),
        "end_time": end.time(),
        "every": every,
        "slot_minutes": opening.slot_minutes,
        "capacity": opening.capacity,
        "last_day": last,
        "topics": opening.topics,
    }


class OpeningsView(OperatorView):
    template_name = "operators/openings.html"
    page_title = "Aperture e chiusure"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sportelli = list(sportelli_for(self.request.user).prefetch_related("openings__event__rule"))
        today = local_today()
        closures = Closure.objects.filter(
            Q(sportello__in=sportelli) | Q(sportello__isnull=True), end_date__gte=today
        )
        rows = []
        for sportello in sportelli:
            openings = []
            for opening in sportello.openings.all():
                event = opening.event
                until = event.end_recurring_period
                openings.append(
                    {
                        "opening": opening,
                        "from": timezone.localdate(event.start),
                        "until": timezone.localdate(until) if until else None,
                        "ended": bool(until and timezone.localdate(until) < today),
                        "topics": [topic_label(slug) for slug in opening.topics],
                    }
                )
            openings.sort(key=lambda row: (row["ended"], row["from"]))
            rows.append({"sportello": sportello, "openings": openings})
        context.update(rows=rows, closures=closures.select_related("sportello").order_by("start_date"))
        return context


class OpeningFormView(OperatorView):
    template_name = "operators/opening_form.html"

    def dispatch(self, request, *args, **kwargs):
        if not can_use_agenda(request.user):
            raise PermissionDenied
        self.opening = None
        if "pk" in kwargs:
            opening = (
                Opening.objects.select_related("event", "event__rule", "sportello")
                .filter(pk=kwargs["pk"])
                .first()
            )
            if opening is None:
                raise Http404
            get_sportello(request.user, opening.sportello_id)
            self.opening = opening
            self.sportello = opening.sportello
        else:
            self.sportello = get_sportello(
                request.user, request.GET.get("sportello") or request.POST.get("sportello") or 0
            )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        if self.opening:
            return f"Cambia l'apertura di {self.sportello.name}"
        return f"Nuova apertura di {self.sportello.name}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        editing = self.opening is not None
        if "form" in kwargs:
            form = kwargs["form"]
        elif editing:
            form = forms.OpeningForm(editing=True, initial=opening_initial(self.opening))
        else:
            today = local_today()
            form = forms.OpeningForm(
                initial={"first_day": today, "last_day": today + datetime.timedelta(days=90)}
            )
        context.update(form=form, sportello=self.sportello, opening=self.opening)
        if editing:
            context["booked"] = self.opening.appointments.filter(
                status=Appointment.Status.CONFIRMED, start__gte=self.now
            ).count()
        return context

    def post(self, request, *args, **kwargs):
        form = forms.OpeningForm(request.POST, editing=self.opening is not None)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        data = form.cleaned_data
        if self.opening is None:
            created = operations.create_openings(
                self.sportello,
                user=request.user,
                weekdays=data["weekdays"],
                first_day=data["first_day"],
                last_day=data["last_day"],
                start_time=data["start_time"],
                end_time=data["end_time"],
                every_weeks=int(data["every"]),
                slot_minutes=data["slot_minutes"],
                capacity=data["capacity"],
                topics=data["topics"],
            )
            if not created:
                form.add_error("first_day", "Nessuno dei giorni scelti cade tra il primo e l'ultimo giorno.")
                return self.render_to_response(self.get_context_data(form=form))
            messages.success(request, f"Apertura salvata ({len(created)} giorni a settimana).")
        else:
            operations.update_opening(
                self.opening,
                user=request.user,
                start_time=data["start_time"],
                end_time=data["end_time"],
                every_weeks=int(data["every"]),
                last_day=data["last_day"],
                slot_minutes=data["slot_minutes"],
                capacity=data["capacity"],
                topics=data["topics"],
            )
            messages.success(request, "Apertura cambiata. Gli appuntamenti già presi restano come sono.")
        return redirect(reverse("booking_operators:openings"))


class ClosureView(OperatorView):
    """Close a day or a period: first a preview of the appointments it touches, then confirm."""

    template_name = "operators/closure.html"
    page_title = "Chiudi un giorno o un periodo"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sportelli = sportelli_for(self.request.user)
        context["form"] = kwargs.get("form") or forms.ClosureForm(
            sportelli=sportelli, initial={"sportello": self.request.GET.get("sportello")}
        )
        return context

    def post(self, request, *args, **kwargs):
        form = forms.ClosureForm(request.POST, sportelli=sportelli_for(request.user))
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        data = form.cleaned_data
        if "confirm" not in request.POST:
            affected = operations.affected_by(data["sportello"], data["start_date"], data["end_date"])
            return self.render_to_response(self.get_context_data(form=form, preview=True, affected=affected))
        outcome = operations.close_period(
            data["sportello"],
            data["start_date"],
            data["end_date"],
            reason=data["reason"],
            then=data["then"],
            user=request.user,
            now=self.now,
        )
        text = "Chiusura salvata."
        if outcome.moved:
            text += f" Spostati: {len(outcome.moved)}."
        if outcome.cancelled:
            text += f" Annullati: {len(outcome.cancelled)}."
        messages.success(request, text)
        return redirect(reverse("booking_operators:openings"))
