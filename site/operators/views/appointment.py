"""One appointment: details, history, and the actions (attended, no-show, cancel, move, notes, assign)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone

from wagtail.log_actions import registry as log_registry

from booking import slots
from booking.models import Appointment, OutgoingMessage

from .. import forms
from .. import services as operations
from ..permissions import (
    can_use_agenda,
    get_appointment,
)
from .base import OperatorView

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
