"""Book on behalf of a person (phone, counter)."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse

from booking import services, slots

from .. import forms
from .. import services as operations
from ..permissions import (
    sportelli_for,
)
from .base import OperatorView

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
