"""Operator screens in the Wagtail admin: agenda, one appointment, book on behalf, openings, closures,
calendar feeds, export and numbers for planning.

Views stay thin: bookings, moves and cancellations go through ``booking.services`` (same rules as the
citizen's flow) and write their e-mails in the same transaction (``notifications.record``); every
change goes to Wagtail's audit log with the reference code as label, never a name or a contact.
Every object is looked up through ``booking.permissions``: outside the user's sportelli, 404.
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

from . import calendars, feeds, notifications, planning, services, slots
from . import operator_forms as forms
from .models import APPOINTMENT_TOPIC_CHOICES, Appointment, CalendarFeed, Closure, Opening, OutgoingMessage
from .permissions import (
    appointments_for,
    can_use_agenda,
    get_appointment,
    get_sportello,
    is_coordinator,
    sportelli_for,
)

User = get_user_model()
TOPIC_LABELS = dict(APPOINTMENT_TOPIC_CHOICES)


def local_today():
    return timezone.localdate()


def day_bounds(first_day, last_day):
    zone = slots.local_zone()
    start = datetime.datetime.combine(first_day, datetime.time.min, tzinfo=zone)
    end = datetime.datetime.combine(last_day + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone)
    return start, end


def audit(instance, action, user, **data):
    """An audit-log entry labelled with the reference (appointments) or a description: no personal data."""
    title = getattr(instance, "reference", None) or str(instance)
    data.setdefault("reference", getattr(instance, "reference", ""))
    log(instance, action, user=user, title=title[:255], data=data)


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
    template_name = "booking/admin/agenda.html"
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
            appointments = appointments.filter(status__in=forms.ACTIVE_STATUSES)
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
    template_name = "booking/admin/appointment.html"

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
        appointment = self.appointment
        allowed = [Appointment.Status.CONFIRMED, Appointment.Status.ATTENDED, Appointment.Status.NO_SHOW]
        with transaction.atomic():
            updated = Appointment.objects.filter(pk=appointment.pk, status__in=allowed).update(
                status=status, updated_at=timezone.now()
            )
            if updated:
                audit(appointment, action, self.request.user)
        if not updated:
            messages.error(self.request, "Questo appuntamento è annullato: non si può cambiare.")
            return redirect(self.request.path)
        calendars.sync(appointment)
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
        with transaction.atomic():
            outcome = services.cancel(
                self.appointment,
                now=self.now,
                reason=form.cleaned_data["reason"],
                by=Appointment.CancelledBy.OPERATOR,
                user=request.user,
            )
            if outcome.ok:
                notifications.record(outcome.appointment, notifications.CANCELLED, now=self.now)
                audit(outcome.appointment, "booking.cancel", request.user)
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
        old_start = self.appointment.start
        with transaction.atomic():
            outcome = services.move(self.appointment, form.cleaned_data["slot"], now=self.now)
            if outcome.ok:
                notifications.record(outcome.appointment, notifications.MOVED, now=self.now)
                audit(
                    outcome.appointment,
                    "booking.move",
                    request.user,
                    old_start=old_start.isoformat(),
                    new_start=outcome.appointment.start.isoformat(),
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
        with transaction.atomic():
            Appointment.objects.filter(pk=self.appointment.pk).update(
                internal_notes=form.cleaned_data["internal_notes"], updated_at=timezone.now()
            )
            audit(self.appointment, "booking.notes", request.user)  # the notes themselves stay out of the log
        return self.done("Note salvate.")

    def do_assign(self, request):
        form = forms.AssignForm(request.POST, sportello=self.appointment.sportello)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(assign_form=form))
        operator = form.cleaned_data["operator"]
        with transaction.atomic():
            Appointment.objects.filter(pk=self.appointment.pk).update(
                assigned_operator=operator, updated_at=timezone.now()
            )
            audit(
                self.appointment, "booking.assign", request.user, operator=operator.pk if operator else None
            )
        calendars.sync(self.appointment)
        name = (operator.get_full_name() or operator.get_username()) if operator else "nessuno"
        return self.done(f"Assegnato a: {name}.")


ACTIONS = {"attended", "no_show", "cancel", "move", "notes", "assign"}


# Book on behalf ---------------------------------------------------------------------------------


class BookOnBehalfView(OperatorView):
    template_name = "booking/admin/book.html"
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
        with transaction.atomic():
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
                notifications.record(
                    outcome.appointment, notifications.BOOKED, token=outcome.token, now=self.now
                )
                audit(outcome.appointment, "booking.book_on_behalf", request.user)
        if outcome.status == services.TOO_MANY:
            form.add_error("phone", "Questa persona ha già 3 appuntamenti da svolgere.")
        elif not outcome.ok:
            form.add_error("slot", "Questo orario non è più libero: scegline un altro.")
        if not outcome.ok:
            return self.render_to_response(self.get_context_data(form=form))
        messages.success(request, f"Prenotato. Codice: {outcome.appointment.reference}. Dillo alla persona.")
        return redirect(reverse("booking_operators:appointment", args=[outcome.appointment.pk]))


# Openings and closures --------------------------------------------------------------------------


def first_weekday_on_or_after(day, weekday):
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


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
    template_name = "booking/admin/openings.html"
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
                        "topics": [TOPIC_LABELS.get(slug, slug) for slug in opening.topics],
                    }
                )
            openings.sort(key=lambda row: (row["ended"], row["from"]))
            rows.append({"sportello": sportello, "openings": openings})
        context.update(rows=rows, closures=closures.select_related("sportello").order_by("start_date"))
        return context


class OpeningFormView(OperatorView):
    template_name = "booking/admin/opening_form.html"

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
            with transaction.atomic():
                created = []
                for weekday in sorted(int(value) for value in data["weekdays"]):
                    first = first_weekday_on_or_after(data["first_day"], weekday)
                    if first > data["last_day"]:
                        continue
                    opening = services.create_weekly_opening(
                        self.sportello,
                        first_day=first,
                        last_day=data["last_day"],
                        start_time=data["start_time"],
                        end_time=data["end_time"],
                        every_weeks=int(data["every"]),
                        slot_minutes=data["slot_minutes"],
                        capacity=data["capacity"],
                        topics=data["topics"],
                    )
                    audit(opening, "booking.opening_create", request.user)
                    created.append(opening)
            if not created:
                form.add_error("first_day", "Nessuno dei giorni scelti cade tra il primo e l'ultimo giorno.")
                return self.render_to_response(self.get_context_data(form=form))
            messages.success(request, f"Apertura salvata ({len(created)} giorni a settimana).")
        else:
            self.update_opening(data)
            messages.success(request, "Apertura cambiata. Gli appuntamenti già presi restano come sono.")
        return redirect(reverse("booking_operators:openings"))

    @transaction.atomic
    def update_opening(self, data):
        opening = self.opening
        event = opening.event
        zone = slots.local_zone()
        first_day = timezone.localtime(event.start).date()
        event.start = datetime.datetime.combine(first_day, data["start_time"], tzinfo=zone)
        event.end = datetime.datetime.combine(first_day, data["end_time"], tzinfo=zone)
        event.rule = services.weekly_rule(int(data["every"]))
        event.end_recurring_period = datetime.datetime.combine(
            data["last_day"], datetime.time(23, 59), tzinfo=zone
        )
        event.save()
        opening.slot_minutes = data["slot_minutes"]
        opening.capacity = data["capacity"]
        opening.topics = list(data["topics"])
        opening.save()
        audit(opening, "booking.opening_edit", self.request.user)


class ClosureView(OperatorView):
    """Close a day or a period: first a preview of the appointments it touches, then confirm."""

    template_name = "booking/admin/closure.html"
    page_title = "Chiudi un giorno o un periodo"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sportelli = sportelli_for(self.request.user)
        context["form"] = kwargs.get("form") or forms.ClosureForm(
            sportelli=sportelli, initial={"sportello": self.request.GET.get("sportello")}
        )
        return context

    def affected(self, data):
        start, end = day_bounds(data["start_date"], data["end_date"])
        return list(
            Appointment.objects.filter(
                sportello=data["sportello"],
                status=Appointment.Status.CONFIRMED,
                start__gte=start,
                start__lt=end,
            ).order_by("start")
        )

    def post(self, request, *args, **kwargs):
        form = forms.ClosureForm(request.POST, sportelli=sportelli_for(request.user))
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        data = form.cleaned_data
        affected = self.affected(data)
        if "confirm" not in request.POST:
            return self.render_to_response(self.get_context_data(form=form, preview=True, affected=affected))
        with transaction.atomic():
            closure = Closure.objects.create(
                sportello=data["sportello"],
                start_date=data["start_date"],
                end_date=data["end_date"],
                reason=data["reason"],
            )
            audit(closure, "booking.closure", request.user, affected=len(affected))
        moved, cancelled = self.handle_affected(affected, data)
        text = "Chiusura salvata."
        if moved:
            text += f" Spostati: {moved}."
        if cancelled:
            text += f" Annullati: {cancelled}."
        messages.success(request, text)
        return redirect(reverse("booking_operators:openings"))

    def handle_affected(self, affected, data):
        moved = cancelled = 0
        for appointment in affected:
            if data["then"] == forms.ClosureForm.MOVE and self.move_after_closure(appointment, data):
                moved += 1
                continue
            with transaction.atomic():
                outcome = services.cancel(
                    appointment,
                    now=self.now,
                    reason=data["reason"],
                    by=Appointment.CancelledBy.SYSTEM,
                    user=self.request.user,
                )
                if outcome.ok:
                    notifications.record(outcome.appointment, notifications.CANCELLED, now=self.now)
                    audit(outcome.appointment, "booking.cancel", self.request.user, closure=True)
                    cancelled += 1
        return moved, cancelled

    def move_after_closure(self, appointment, data):
        after, _ = day_bounds(data["end_date"] + datetime.timedelta(days=1), data["end_date"])
        candidates = slots.free_slots(appointment.sportello, self.now, topic=appointment.topic, start=after)
        for slot in candidates[:5]:
            old_start = appointment.start
            with transaction.atomic():
                outcome = services.move(appointment, slot.start, now=self.now)
                if outcome.ok:
                    notifications.record(outcome.appointment, notifications.MOVED, now=self.now)
                    audit(
                        outcome.appointment,
                        "booking.move",
                        self.request.user,
                        closure=True,
                        old_start=old_start.isoformat(),
                        new_start=outcome.appointment.start.isoformat(),
                    )
            if outcome.ok:
                return True
        return False


# Calendar feeds ---------------------------------------------------------------------------------


class FeedsView(OperatorView):
    template_name = "booking/admin/feeds.html"
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


def csv_safe(value):
    """Spreadsheets run cells that start with = + - @ as formulas: neutralise them."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class ExportView(OperatorView):
    template_name = "booking/admin/export.html"
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
        # request.user is a lazy proxy (django-otp wraps it); the audit log needs the model instance.
        log(
            get_user_model().objects.get(pk=request.user.pk),
            "booking.export",
            user=request.user,
            title=f"Esportazione appuntamenti {data['start']:%d/%m/%Y}–{data['end']:%d/%m/%Y}",
            data={"start": data["start"].isoformat(), "end": data["end"].isoformat()},
        )
        return response


class NumbersView(OperatorView):
    template_name = "booking/admin/numbers.html"
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
