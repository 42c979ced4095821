"""The citizen's booking flow: topic, urgency, place, time, details, summary, done page.

State is kept server-side in the session (``FLOW``), never in hidden fields. Every response carries
``Cache-Control: no-store`` (``never_cache``). Rules live in ``slots``/``services``.
"""

import datetime

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext
from django.views import View
from django.views.decorators.cache import never_cache

from core.models import Municipality, SiteSettings
from core.topics import TOPICS_BY_SLUG, topic_label

from .. import services, slots
from ..forms import URGENCY_STATEMENTS, DetailsForm, SlotForm, SportelloForm, TopicForm
from ..models import OTHER_TOPIC, Appointment, Sportello, new_manage_token
from .common import (
    BOOKINGS_PER_IP_PER_HOUR,
    appointment_context,
    ics_response,
    not_found,
    over_limit,
    page_or_none,
    slot_context,
    too_many_requests,
)

FLOW = "booking_flow"
DONE = "booking_done"
STEPS = 5


def bookable_sportelli(topic, now):
    """Active sportelli with at least one opening serving the topic, and their first free slot."""
    sportelli = list(
        Sportello.objects.filter(active=True)
        .select_related("municipality")
        .prefetch_related("openings__event__rule")
    )
    sportelli = [s for s in sportelli if any(opening.serves(topic) for opening in s.openings.all())]
    computed = slots.compute_slots(sportelli, now, topic=topic)
    for sportello in sportelli:
        free = computed[sportello.pk]
        sportello.first_free = free[0] if free else None
        sportello.hours = [
            opening.describe() for opening in sportello.openings.all() if opening.serves(topic)
        ]
    return sportelli


@method_decorator(never_cache, name="dispatch")
class FlowView(View):
    """Shared by the five steps: the session state and what each step needs from earlier ones."""

    step = 1
    template_name = ""
    requires = ()  # keys of the flow state this step needs

    def dispatch(self, request, *args, **kwargs):
        self.flow = request.session.get(FLOW, {})
        self.now = slots.now()
        for key, url_name in self.requires:
            if not self.flow.get(key):
                return redirect(url_name)
        return super().dispatch(request, *args, **kwargs)

    def save_flow(self, **values):
        self.flow.update(values)
        self.request.session[FLOW] = self.flow

    def sportello(self):
        try:
            return Sportello.objects.select_related("municipality").get(
                slug=self.flow.get("sportello"), active=True
            )
        except Sportello.DoesNotExist:
            return None

    def render_step(self, context, status=200):
        context.update(
            step=self.step,
            steps=STEPS,
            flow=self.flow,
            topic_label=topic_label(self.flow.get("topic")),
            site_settings=SiteSettings.for_request(self.request),
            chosen_start=slots.parse_key(self.flow.get("slot")),  # crisis: step 4 repeats the time
        )
        return render(self.request, self.template_name, context, status=status)


class TopicStep(FlowView):
    step = 1
    template_name = "booking/step_topic.html"

    def get(self, request):
        params = request.GET
        if {"argomento", "sportello", "guida", "nuova", "urgente"} & set(params):
            # A new flow from a guide's button or a link: start clean with what the link says.
            self.flow = {}
            if params.get("argomento") in TOPICS_BY_SLUG or params.get("argomento") == OTHER_TOPIC:
                self.flow["topic"] = params["argomento"]
            if Sportello.objects.filter(slug=params.get("sportello", ""), active=True).exists():
                self.flow["preselected_sportello"] = params["sportello"]
            page = page_or_none(params.get("guida"))
            if page is not None:
                self.flow["source_page"] = page.pk
            # A tool that saw a close date (e.g. "A che punto è il mio sfratto?") links with ?urgente=1.
            if params.get("urgente") == "1":
                self.flow["link_urgent"] = True
            self.save_flow()
        initial = {"topic": self.flow.get("topic")}
        initial.update(self.flow.get("urgency", {}))
        return self.render_step({"form": TopicForm(initial=initial)})

    def post(self, request):
        form = TopicForm(request.POST)
        if not form.is_valid():
            return self.render_step({"form": form}, status=200)
        topic = form.cleaned_data["topic"]
        if topic != self.flow.get("topic"):
            self.flow.pop("slot", None)
        urgent = form.is_urgent() or bool(self.flow.get("link_urgent"))
        self.save_flow(topic=topic, urgency=form.urgency_answers(), urgent=urgent)
        if form.is_emergency():  # crisis: "minori" alone flags urgency but is no emergency page
            return redirect("booking:urgent")
        return redirect("booking:where")


class UrgentStep(FlowView):
    step = 1
    template_name = "booking/urgent.html"
    requires = (("topic", "booking:start"),)

    def get(self, request):
        questions = [
            label for key, label in URGENCY_STATEMENTS.items() if self.flow.get("urgency", {}).get(key)
        ]
        return self.render_step({"questions": questions})


class WhereStep(FlowView):
    step = 2
    template_name = "booking/step_where.html"
    requires = (("topic", "booking:start"),)

    def get_context(self, form):
        return {
            "form": form,
            "sportelli": self.sportelli,
            "options": list(zip(form["sportello"], self.sportelli, strict=True)),
        }

    def get(self, request):
        self.sportelli = bookable_sportelli(self.flow["topic"], self.now)
        selected = self.flow.get("sportello") or self.flow.get("preselected_sportello")
        form = SportelloForm(initial={"sportello": selected}, sportelli=self.sportelli)
        return self.render_step(self.get_context(form))

    def post(self, request):
        self.sportelli = bookable_sportelli(self.flow["topic"], self.now)
        form = SportelloForm(request.POST, sportelli=self.sportelli)
        if not form.is_valid():
            return self.render_step(self.get_context(form))
        if form.cleaned_data["sportello"] != self.flow.get("sportello"):
            self.flow.pop("slot", None)
        self.save_flow(sportello=form.cleaned_data["sportello"])
        return redirect("booking:when")


parse_day = slots.parse_day  # one parser for days and slot keys (absurd values give None)


class WhenStep(FlowView):
    step = 3
    template_name = "booking/step_when.html"
    requires = (("topic", "booking:start"), ("sportello", "booking:where"))

    def get(self, request):
        sportello = self.sportello()
        if sportello is None:
            return redirect("booking:where")
        free = slots.free_slots(sportello, self.now, topic=self.flow["topic"])
        day = parse_day(request.GET.get("giorno"))
        if day is None and self.flow.get("slot"):
            chosen = slots.parse_key(self.flow["slot"])
            day = chosen.astimezone(slots.local_zone()).date() if chosen else None
        context = slot_context(sportello, free, day)
        if context["selected_day"] and self.flow.get("slot"):
            context["slot_form"] = SlotForm(initial={"slot": self.flow["slot"]}, slots=context["day_slots"])
        return self.render_step(context)

    def post(self, request):
        sportello = self.sportello()
        if sportello is None:
            return redirect("booking:where")
        free = slots.free_slots(sportello, self.now, topic=self.flow["topic"])
        form = SlotForm(request.POST, slots=free)
        if form.is_valid():
            self.save_flow(slot=form.cleaned_data["slot"])
            return redirect("booking:details")
        day = parse_day(request.POST.get("giorno"))
        chosen = slots.parse_key(request.POST.get("slot"))
        if day is None and chosen:
            day = chosen.astimezone(slots.local_zone()).date()
        context = slot_context(sportello, free, day)
        day_form = SlotForm(request.POST, slots=context["day_slots"])
        day_form.is_valid()
        if chosen and not context["day_slots"]:
            context["taken_meanwhile"] = True
            context["alternatives"] = slots.nearest_free_slots(
                sportello, chosen, self.now, topic=self.flow["topic"]
            )
        context["slot_form"] = day_form
        context["form_errors"] = form
        return self.render_step(context)


class DetailsStep(FlowView):
    step = 4
    template_name = "booking/step_details.html"
    requires = (("topic", "booking:start"), ("sportello", "booking:where"), ("slot", "booking:when"))

    def get(self, request):
        return self.render_step({"form": DetailsForm(initial=self.flow.get("details", {}))})

    def post(self, request):
        form = DetailsForm(request.POST)
        if form.is_bot():
            form.is_valid()
            form.add_error(None, gettext("Non abbiamo potuto leggere il modulo. Riprova o chiamaci."))
            return self.render_step({"form": form}, status=400)
        if not form.is_valid():
            return self.render_step({"form": form})
        data = dict(form.cleaned_data)
        data.pop("website", None)
        data["municipality"] = data["municipality"].pk
        self.save_flow(details=data)
        ensure_submission_token(self)
        return redirect("booking:summary")


SUBMISSION = "manage_token"


def ensure_submission_token(view):
    """The flow's manage token, chosen once before the first confirm and kept in the session.

    ``services.book`` stores only its hash, which is unique: however many times this flow is
    confirmed (double click, two tabs, back and resubmit) it books one appointment. The session held
    the raw token after booking already (the confirmation page shows the link), so nothing new is
    kept here.
    """
    if not view.flow.get(SUBMISSION):
        view.save_flow(**{SUBMISSION: new_manage_token()})
    return view.flow[SUBMISSION]


class SummaryStep(FlowView):
    step = 5
    template_name = "booking/step_summary.html"
    requires = (
        ("topic", "booking:start"),
        ("sportello", "booking:where"),
        ("slot", "booking:when"),
        ("details", "booking:details"),
    )

    @method_decorator(never_cache)
    def dispatch(self, request, *args, **kwargs):
        if request.method == "POST" and not request.session.get(FLOW) and request.session.get(DONE):
            # This flow was confirmed a moment ago (double click, back and resubmit): its confirmation.
            return redirect("booking:done")
        return super().dispatch(request, *args, **kwargs)

    def summary_context(self, sportello, **extra):
        details = self.flow["details"]
        start = slots.parse_key(self.flow.get("slot"))
        context = {
            "sportello": sportello,
            "start": start,
            "end": start + datetime.timedelta(minutes=30) if start else None,
            "details": details,
            "municipality": Municipality.objects.filter(pk=details.get("municipality")).first(),
        }
        slot = slots.find_slot(sportello, start, self.now, topic=self.flow["topic"]) if start else None
        if slot is not None:
            context["end"] = slot.end
        context.update(extra)
        return context

    def get(self, request):
        sportello = self.sportello()
        if sportello is None:
            return redirect("booking:where")
        ensure_submission_token(self)
        return self.render_step(self.summary_context(sportello))

    def post(self, request):
        sportello = self.sportello()
        if sportello is None:
            return redirect("booking:where")
        if "slot" in request.POST:  # "Prenota questo orario" from the "già preso" alternatives
            if slots.parse_key(request.POST["slot"]) is None:
                return self.unavailable(sportello)
            self.save_flow(slot=request.POST["slot"])
        if slots.parse_key(self.flow["slot"]) is None:
            return self.unavailable(sportello)
        if over_limit(request, "book", BOOKINGS_PER_IP_PER_HOUR):
            return too_many_requests(request)
        details = self.flow["details"]
        outcome = services.book(
            sportello=sportello,
            start=slots.parse_key(self.flow["slot"]),
            token=ensure_submission_token(self),
            topic=self.flow["topic"],
            name=details["name"],
            phone=details.get("phone", ""),
            email=details.get("email", ""),
            municipality=Municipality.objects.filter(pk=details.get("municipality")).first(),
            note=details.get("note", ""),
            interpreter=details.get("interpreter", ""),
            urgent=self.flow.get("urgent", False),
            urgency_answers=self.flow.get("urgency", {}),
            source_page=page_or_none(self.flow.get("source_page")),
            now=self.now,
        )
        if outcome.ok:
            request.session[DONE] = {"appointment": outcome.appointment.pk, "token": outcome.token}
            request.session.pop(FLOW, None)
            return redirect("booking:done")
        context = self.summary_context(sportello, outcome=outcome.status, alternatives=outcome.alternatives)
        return self.render_step(context, status=409 if outcome.status != services.TOO_MANY else 200)

    def unavailable(self, sportello):
        """A slot that is no slot (malformed, year 9999...): "not available", with free slots."""
        alternatives = slots.nearest_free_slots(sportello, None, self.now, topic=self.flow["topic"])
        if slots.parse_key(self.flow.get("slot")) is None:
            self.flow.pop("slot", None)  # e.g. kept in an old session: choose again
            self.save_flow()
        context = self.summary_context(sportello, outcome=services.UNAVAILABLE, alternatives=alternatives)
        return self.render_step(context, status=409)


def _done_appointment(request):
    done = request.session.get(DONE)
    if not done:
        return None, None
    appointment = (
        Appointment.objects.select_related("sportello__municipality").filter(pk=done["appointment"]).first()
    )
    return appointment, done.get("token")


@never_cache
def done(request):
    appointment, token = _done_appointment(request)
    if appointment is None:
        return redirect("booking:start")
    context = appointment_context(request, appointment)
    context["manage_url"] = request.build_absolute_uri(reverse("booking:manage_entry", args=[token]))
    context["ics_url"] = reverse("booking:done_ics")
    return render(request, "booking/done.html", context)


@never_cache
def done_ics(request):
    appointment, _token = _done_appointment(request)
    if appointment is None:
        return not_found(request)
    return ics_response(request, appointment)
