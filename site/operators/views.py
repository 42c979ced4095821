"""Operator screens in the Wagtail admin: agenda, one appointment, book on behalf, openings, closures,
calendar feeds, export and numbers for planning.

Views stay thin: they parse a form, call one function of ``operators.services`` (which goes through
``booking.services``, writes the e-mails in the same transaction and the audit-log entry), then
render or redirect. Every object is looked up through ``operators.permissions``: outside the user's
sportelli, 404.
"""

import csv
import datetime

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.log_actions import registry as log_registry

from booking import services, slots
from booking.models import Appointment, CalendarFeed, Closure, Opening, OutgoingMessage
from core.exports import csv_safe
from core.topics import topic_label

from . import feeds, forms, planning
from . import services as operations
from .permissions import (
    appointments_for,
    can_use_agenda,
    get_appointment,
    get_sportello,
    is_coordinator,
    sportelli_for,
)

User = get_user_model()


def local_today():
    return timezone.localdate()


day_bounds = operations.day_bounds


class OperatorView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "date"
    coordinators_only = False

    def dispatch(self, request, *args, **kwargs):
        if not can_use_agenda(request.user):
            raise PermissionDenied
        if self.coordinators_only and not is_coordinator(request.user):
            raise PermissionDenied
        self.now = timezone.now()
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("booking_operators:agenda"), "label": "Agenda sportelli"},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["is_coordinator"] = is_coordinator(self.request.user)
        return context


# Agenda -----------------------------------------------------------------------------------------


class AgendaView(OperatorView):
    template_name = "operators/agenda.html"
    page_title = "Agenda sportelli"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        sportelli = sportelli_for(user)
        operators = User.objects.filter(sportelli__in=sportelli).distinct().order_by("first_name", "username")
        form = forms.AgendaFilterForm(self.request.GET or None, sportelli=sportelli, operators=operators)
        data = form.cleaned_data if form.is_valid() else {}
        today = local_today()
        day = data.get("giorno") or today
        view = data.get("vista") or "giorno"
        status = data.get("stato") or "attivi"
        if view == "settimana":
            first = day - datetime.timedelta(days=day.weekday())
            last = first + datetime.timedelta(days=6)
            step = datetime.timedelta(days=7)
        else:
            first = last = day
            step = datetime.timedelta(days=1)
        start, end = day_bounds(first, last)
        appointments = appointments_for(user).filter(start__gte=start, start__lt=end)
        if data.get("sportello"):
            appointments = appointments.filter(sportello=data["sportello"])
        if data.get("operatore"):
            appointments = appointments.filter(assigned_operator=data["operatore"])
        if status == "attivi":
            appointments = appointments.active()
        elif status != "tutti":
            appointments = appointments.filter(status=status)
        undelivered = OutgoingMessage.objects.filter(
            appointment=OuterRef("pk"), status=OutgoingMessage.Status.FAILED
        ).exclude(kind=OutgoingMessage.Kind.OPERATOR_NOTICE)
        appointments = (
            appointments.select_related("sportello", "municipality", "assigned_operator", "source_page")
            .annotate(email_failed=Exists(undelivered))
            .order_by("start", "sportello__name", "seat")
        )
        days = {}
        for appointment in appointments:
            days.setdefault(timezone.localdate(appointment.start), []).append(appointment)

        def link(target_day, target_view=view):
            params = self.request.GET.copy()
            params["giorno"] = target_day.isoformat()
            params["vista"] = target_view
            return f"?{params.urlencode()}"

        context.update(
            form=form,
            days=sorted(days.items()),
            count=sum(len(items) for items in days.values()),
            first=first,
            last=last,
            view=view,
            today=today,
            is_today=first == last == today,
            previous_url=link(first - step),
            next_url=link(first + step),
            today_url=link(today),
            day_view_url=link(day, "giorno"),
            week_view_url=link(day, "settimana"),
            single_sportello=sportelli.count() == 1,
        )
        return context


# One appointment --------------------------------------------------------------------------------


def agenda_link(appointment):
    day = timezone.localdate(appointment.start)
    return (
        reverse("booking_operators:agenda") + f"?giorno={day:%Y-%m-%d}&sportello={appointment.sportello_id}"
    )


class AppointmentView(OperatorView):
    template_name = "operators/appointment.html"

    def dispatch(self, request, *args, **kwargs):
        if not can_use_agenda(request.user):
            raise PermissionDenied
        self.appointment = get_appointment(request.user, kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return f"Appuntamento {self.appointment.reference}"

    def free_slots(self):
        appointment = self.appointment
        return slots.free_slots(appointment.sportello, self.now, topic=appointment.topic)[:300]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        appointment = self.appointment
        context.update(
            appointment=appointment,
            cancel_form=kwargs.get("cancel_form") or forms.CancelForm(),
            notes_form=kwargs.get("notes_form")
            or forms.NotesForm(initial={"internal_notes": appointment.internal_notes}),
            assign_form=kwargs.get("assign_form")
            or forms.AssignForm(
                sportello=appointment.sportello, initial={"operator": appointment.assigned_operator_id}
            ),
            move_form=kwargs.get("move_form")
            or (forms.MoveForm(slots=self.free_slots()) if appointment.can_be_changed else None),
            history=log_registry.get_logs_for_instance(appointment)
            .select_related("user")
            .order_by("-timestamp")[:30],
            agenda_url=agenda_link(appointment),
            outgoing=appointment.messages.exclude(kind=OutgoingMessage.Kind.OPERATOR_NOTICE).order_by(
                "created_at"
            ),
        )
        return context

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        handler = getattr(self, f"do_{action}", None) if action in ACTIONS else None
        if handler is None:
            messages.error(request, "Azione sconosciuta.")
            return redirect(request.path)
        return handler(request)

    def done(self, text):
        messages.success(self.request, text)
        return redirect(reverse("booking_operators:appointment", args=[self.appointment.pk]))

    def _set_status(self, status, action, text):
        if not operations.set_status(self.appointment, status, user=self.request.user, action=action):
            messages.error(self.request, "Questo appuntamento è annullato: non si può cambiare.")
            return redirect(self.request.path)
        return self.done(text)

    def do_attended(self, request):
        return self._set_status(Appointment.Status.ATTENDED, "booking.attended", "Segnato come svolto.")

    def do_no_show(self, request):
        return self._set_status(
            Appointment.Status.NO_SHOW, "booking.no_show", "Segnato: la persona non si è presentata."
        )

    def do_cancel(self, request):
        form = forms.CancelForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(cancel_form=form))
        outcome = operations.cancel(
            self.appointment, user=request.user, now=self.now, reason=form.cleaned_data["reason"]
        )
        if not outcome.ok:
            messages.error(request, "Questo appuntamento non si può annullare: è già annullato o passato.")
            return redirect(request.path)
        told = (
            "La persona riceve un'e-mail." if outcome.appointment.email else "Avvisa la persona al telefono."
        )
        return self.done(f"Appuntamento annullato. {told}")

    def do_move(self, request):
        if not self.appointment.can_be_changed:
            messages.error(request, "Questo appuntamento non si può spostare.")
            return redirect(request.path)
        form = forms.MoveForm(request.POST, slots=self.free_slots())
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(move_form=form))
        outcome = operations.move(
            self.appointment, form.cleaned_data["slot"], user=request.user, now=self.now
        )
        if not outcome.ok:
            form.add_error("slot", "Questo orario non è più libero: scegline un altro.")
            return self.render_to_response(self.get_context_data(move_form=form))
        told = (
            "La persona riceve un'e-mail." if outcome.appointment.email else "Avvisa la persona al telefono."
        )
        return self.done(f"Appuntamento spostato. {told}")

    def do_notes(self, request):
        form = forms.NotesForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(notes_form=form))
        operations.add_note(self.appointment, form.cleaned_data["internal_notes"], user=request.user)
        return self.done("Note salvate.")

    def do_assign(self, request):
        form = forms.AssignForm(request.POST, sportello=self.appointment.sportello)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(assign_form=form))
        operator = form.cleaned_data["operator"]
        operations.assign(self.appointment, operator, user=request.user)
        name = (operator.get_full_name() or operator.get_username()) if operator else "nessuno"
        return self.done(f"Assegnato a: {name}.")


ACTIONS = {"attended", "no_show", "cancel", "move", "notes", "assign"}


# Book on behalf ---------------------------------------------------------------------------------


class BookOnBehalfView(OperatorView):
    template_name = "operators/book.html"
    page_title = "Prenota per una persona"

    def setup_choice(self):
        sportelli = sportelli_for(self.request.user).filter(active=True)
        source = self.request.POST if self.request.method == "POST" else self.request.GET
        choose = forms.BookChooseForm(
            source if "sportello" in source else None,
            sportelli=sportelli,
            initial={"sportello": sportelli.first(), "argomento": "altro"},
        )
        self.choose = choose
        if choose.is_valid():
            self.sportello = choose.cleaned_data["sportello"]
            self.topic = choose.cleaned_data["argomento"]
            self.slots = slots.free_slots(self.sportello, self.now, topic=self.topic)[:300]
        else:
            self.sportello = None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["choose"] = self.choose
        context["sportello"] = self.sportello
        if self.sportello is not None:
            context["form"] = kwargs.get("form") or forms.BookOnBehalfForm(slots=self.slots)
            context["topic"] = self.topic
        return context

    def get(self, request, *args, **kwargs):
        self.setup_choice()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.setup_choice()
        if self.sportello is None:
            return self.render_to_response(self.get_context_data())
        form = forms.BookOnBehalfForm(request.POST, slots=self.slots)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        data = form.cleaned_data
        with transaction.atomic():  # booking and its audit entry commit together
            outcome = services.book(
                sportello=self.sportello,
                start=data["slot"],
                topic=self.topic,
                name=data["name"],
                phone=data["phone"],
                email=data["email"],
                municipality=data["municipality"],
                note=data["note"],
                urgent=data["urgent"],
                urgency_answers={"operator": True} if data["urgent"] else {},
                booked_by=request.user,
                now=self.now,
            )
            if outcome.ok:
                operations.audit(outcome.appointment, "booking.book_on_behalf", request.user)
        if outcome.status == services.TOO_MANY:
            form.add_error("phone", "Questa persona ha già 3 appuntamenti da svolgere.")
        elif not outcome.ok:
            form.add_error("slot", "Questo orario non è più libero: scegline un altro.")
        if not outcome.ok:
            return self.render_to_response(self.get_context_data(form=form))
        messages.success(request, f"Prenotato. Codice: {outcome.appointment.reference}. Dillo alla persona.")
        return redirect(reverse("booking_operators:appointment", args=[outcome.appointment.pk]))


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


# Export and numbers -----------------------------------------------------------------------------


class ExportView(OperatorView):
    template_name = "operators/export.html"
    page_title = "Esporta gli appuntamenti"
    coordinators_only = True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = local_today()
        context["form"] = kwargs.get("form") or forms.PeriodForm(
            initial={"start": today.replace(day=1), "end": today}
        )
        return context

    def post(self, request, *args, **kwargs):
        form = forms.PeriodForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        data = form.cleaned_data
        start, end = day_bounds(data["start"], data["end"])
        rows = Appointment.objects.filter(start__gte=start, start__lt=end).select_related(
            "sportello", "municipality", "assigned_operator"
        )
        if data["sportello"]:
            rows = rows.filter(sportello=data["sportello"])
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        filename = f"appuntamenti-{data['start']:%Y%m%d}-{data['end']:%Y%m%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "no-store"
        response.write("\ufeff")  # Excel reads UTF-8 only with a BOM
        writer = csv.writer(response, delimiter=";")
        writer.writerow(
            [
                "codice",
                "sportello",
                "data",
                "ora",
                "argomento",
                "canale",
                "stato",
                "urgente",
                "comune",
                "operatore",
                "prenotato da",
                "nome",
                "telefono",
                "e-mail",
            ]
        )
        for item in rows.order_by("start"):
            local = timezone.localtime(item.start)
            operator = item.assigned_operator
            writer.writerow(
                [
                    csv_safe(value)
                    for value in (
                        item.reference,
                        item.sportello.name,
                        f"{local:%d/%m/%Y}",
                        f"{local:%H:%M}",
                        item.topic_label,
                        item.get_channel_display(),
                        item.get_status_display(),
                        "sì" if item.urgent else "no",
                        item.municipality.name if item.municipality else "",
                        (operator.get_full_name() or operator.get_username()) if operator else "",
                        "operatore" if item.booked_by_id else "online",
                        item.name,
                        item.phone,
                        item.email,
                    )
                ]
            )
        log(
            operations.audit_user(request.user),
            "booking.export",
            user=request.user,
            title=f"Esportazione appuntamenti {data['start']:%d/%m/%Y}–{data['end']:%d/%m/%Y}",
            data={"start": data["start"].isoformat(), "end": data["end"].isoformat()},
        )
        return response


class NumbersView(OperatorView):
    template_name = "operators/numbers.html"
    page_title = "Numeri per programmare"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = local_today()
        form = forms.PeriodForm(self.request.GET or None)
        form.fields["sportello"].queryset = sportelli_for(self.request.user)
        if form.is_valid():
            first, last, sportello = (
                form.cleaned_data["start"],
                form.cleaned_data["end"],
                form.cleaned_data["sportello"],
            )
        else:
            first, last, sportello = (today - datetime.timedelta(days=365)).replace(day=1), today, None
            form = forms.PeriodForm(initial={"start": first, "end": last})
            form.fields["sportello"].queryset = sportelli_for(self.request.user)
        start, end = day_bounds(first, last)
        queryset = appointments_for(self.request.user).filter(start__gte=start, start__lt=end)
        if sportello:
            queryset = queryset.filter(sportello=sportello)
        context.update(form=form, first=first, last=last, numbers=planning.numbers(queryset))
        return context
