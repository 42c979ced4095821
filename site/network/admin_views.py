"""The hub inside the Wagtail admin (so behind login and MFA like all staff screens).

Partner staff reach only their organisation: every URL with a partner or referral id answers 404
when it is not theirs. Their listing edits are saved as a draft revision and become public only
when the service's staff approve them in the Wagtail workflow "Approvazione schede partner"
(Wagtail's own snippet screens: "Approva" / "Richiedi modifiche").
"""

from django import forms as django_forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views.generic import TemplateView

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from booking import slots
from booking.emails import site_settings
from partners.models import Partner

from . import forms, permissions, services
from .models import BedCount, Referral

# What partner staff may change in their listing: not the address (slug), the state or the verification.
PARTNER_STAFF_PANELS = ObjectList(
    [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("description")], heading="Chi siete"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldRowPanel([FieldPanel("other_phone"), FieldPanel("other_phone_label")]),
                FieldPanel("website"),
            ],
            heading="Contatti",
        ),
        InlinePanel("services", heading="Servizi", label="servizio", min_num=1),
        InlinePanel("locations", heading="Sedi e orari", label="sede"),
        MultiFieldPanel(
            [
                FieldPanel("serves_whole_district"),
                FieldPanel("areas", widget=django_forms.CheckboxSelectMultiple),
            ],
            heading="Dove aiutate",
        ),
    ]
).bind_to_model(Partner)


class HubView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not permissions.can_use_hub(request.user):
            raise PermissionDenied
        self.now = timezone.now()
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The hub's emergency contacts (site settings), e.g. for a family with children on the street.
        context["emergency_contacts"] = [block.value for block in site_settings().emergency_contacts]
        return context

    def get_breadcrumbs_items(self):
        items = [*self.breadcrumbs_items, {"url": reverse("network_admin:home"), "label": "Hub di rete"}]
        if self.get_page_title() != "Hub di rete":
            items.append({"url": "", "label": self.get_page_title()})
        return items


class HomeView(HubView):
    template_name = "network/admin/home.html"
    page_title = "Hub di rete"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["teams"] = permissions.teams_for(user)
        context["referrals"] = permissions.referrals_for(user).select_related("to_sportello", "to_partner")[
            :50
        ]
        context["shelters"] = services.shelters_tonight(self.now)
        context["can_moderate"] = permissions.can_moderate(user)
        context["pending"] = services.pending_listings() if context["can_moderate"] else []
        return context


class ListingEditView(HubView):
    """Partner staff edit their listing; the result is a draft waiting for approval."""

    template_name = "network/admin/listing_edit.html"
    page_title = "Modifica la scheda"

    def setup_partner(self, pk):
        self.partner = permissions.get_own_partner(self.request.user, pk)
        # Start from the pending draft, if any, so a second edit does not lose the first one.
        self.instance = self.partner.get_latest_revision_as_object()

    def get_form(self, data=None):
        form_class = PARTNER_STAFF_PANELS.get_form_class()
        return form_class(data, instance=self.instance, for_user=self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = kwargs.get("form") or self.get_form()
        panel = PARTNER_STAFF_PANELS.get_bound_panel(instance=self.instance, request=self.request, form=form)
        context.update(
            {
                "partner": self.partner,
                "form": form,
                "panel": panel,
                "media": form.media + panel.media,
                "has_draft": self.partner.has_unpublished_changes,
                "workflow_state": self.partner.current_workflow_state,
            }
        )
        return context

    def get(self, request, pk):
        self.setup_partner(pk)
        return self.render_to_response(self.get_context_data())

    def post(self, request, pk):
        self.setup_partner(pk)
        form = self.get_form(request.POST)
        if not form.is_valid():
            messages.error(request, "Controlla i campi segnati in rosso.")
            return self.render_to_response(self.get_context_data(form=form))
        instance = form.save(commit=False)
        try:
            services.submit_listing(instance, user=request.user)
        except services.ListingLocked as error:
            messages.error(request, str(error))
            return self.render_to_response(self.get_context_data(form=form))
        messages.success(
            request,
            "Grazie. Le modifiche sono salvate: diventano pubbliche quando il Servizio Abitare le approva.",
        )
        return redirect("network_admin:home")


class BedsView(HubView):
    template_name = "network/admin/beds.html"
    page_title = "Posti per stanotte"

    def setup_partner(self, pk):
        self.partner = permissions.get_own_partner(self.request.user, pk)
        if not self.partner.network_team.offers_beds:
            raise Http404

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        current = BedCount.objects.filter(partner=self.partner).first()
        initial = {"free_beds": current.free_beds, "note": current.note} if current else {}
        context.update(
            {
                "partner": self.partner,
                "current": current,
                "form": kwargs.get("form") or forms.BedsForm(initial=initial),
            }
        )
        return context

    def get(self, request, pk):
        self.setup_partner(pk)
        return self.render_to_response(self.get_context_data())

    def post(self, request, pk):
        self.setup_partner(pk)
        form = forms.BedsForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        services.update_beds(
            self.partner,
            form.cleaned_data["free_beds"],
            note=form.cleaned_data["note"],
            by=request.user,
            now=self.now,
        )
        messages.success(request, "Posti aggiornati.")
        return redirect("network_admin:home")


class ReferralCreateView(HubView):
    template_name = "network/admin/referral_form.html"
    page_title = "Nuovo invio"

    def get_form(self, data=None):
        own = list(permissions.partners_for(self.request.user).values_list("pk", flat=True))
        return forms.ReferralForm(data, user=self.request.user, own_partner_ids=own)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = kwargs.get("form") or self.get_form()
        return context

    def post(self, request):
        form = self.get_form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        try:
            referral = services.create_referral(
                sender=request.user,
                sender_partner=permissions.partners_for(request.user).first(),
                now=self.now,
                **form.referral_fields(),
            )
        except services.ReferralError as error:
            form.add_error(None, str(error))
            return self.render_to_response(self.get_context_data(form=form))
        messages.success(request, f"Invio #{referral.pk} fatto. Ti scriviamo quando cambia stato.")
        return redirect("network_admin:referral", referral.pk)


class ReferralView(HubView):
    template_name = "network/admin/referral.html"

    def get_page_title(self):
        return f"Invio #{self.referral.pk}"

    def setup_referral(self, pk):
        self.referral = permissions.get_referral(self.request.user, pk)
        self.is_receiver = permissions.is_receiver(self.request.user, self.referral)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "referral": self.referral,
                "events": self.referral.events.all(),
                "is_receiver": self.is_receiver,
                "decline_form": kwargs.get("decline_form") or forms.DeclineForm(),
                "close_form": kwargs.get("close_form") or forms.CloseForm(),
                "can_book": self.is_receiver
                and self.referral.to_sportello_id
                and not self.referral.appointment_id
                and self.referral.status in (Referral.Status.NEW, Referral.Status.ACCEPTED),
            }
        )
        return context

    def get(self, request, pk):
        self.setup_referral(pk)
        return self.render_to_response(self.get_context_data())

    def post(self, request, pk):
        self.setup_referral(pk)
        if not self.is_receiver:
            raise PermissionDenied
        action = request.POST.get("action")
        context = {}
        try:
            if action == "accept":
                services.change_status(self.referral, Referral.Status.ACCEPTED, by=request.user, now=self.now)
            elif action == "decline":
                form = forms.DeclineForm(request.POST)
                if not form.is_valid():
                    context["decline_form"] = form
                    return self.render_to_response(self.get_context_data(**context))
                services.change_status(
                    self.referral,
                    Referral.Status.DECLINED,
                    by=request.user,
                    now=self.now,
                    reason=form.cleaned_data["reason"],
                    note=form.cleaned_data["note"],
                )
            elif action == "close":
                form = forms.CloseForm(request.POST)
                if not form.is_valid():
                    context["close_form"] = form
                    return self.render_to_response(self.get_context_data(**context))
                services.change_status(
                    self.referral,
                    Referral.Status.CLOSED,
                    by=request.user,
                    now=self.now,
                    outcome=form.cleaned_data["outcome"],
                    note=form.cleaned_data["note"],
                )
            else:
                raise Http404
        except services.ReferralError as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request, f"Invio #{self.referral.pk}: {self.referral.get_status_display().lower()}."
            )
        return redirect("network_admin:referral", self.referral.pk)


class ReferralBookView(HubView):
    """Warm handover: choose a free time of the receiving sportello; one click books it."""

    template_name = "network/admin/referral_book.html"
    page_title = "Prenota un appuntamento per l'invio"

    def setup_referral(self, pk):
        self.referral = permissions.get_referral(self.request.user, pk)
        if not (permissions.is_receiver(self.request.user, self.referral) and self.referral.to_sportello_id):
            raise Http404
        self.slots = slots.free_slots(self.referral.to_sportello, self.now, topic=self.referral.topic)[:40]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"referral": self.referral, "slots": self.slots})
        return context

    def get(self, request, pk):
        self.setup_referral(pk)
        return self.render_to_response(self.get_context_data())

    def post(self, request, pk):
        self.setup_referral(pk)
        start = slots.parse_key(request.POST.get("slot"))
        if start is None:
            messages.error(request, "Scegli un orario.")
            return redirect("network_admin:referral_book", pk)
        try:
            outcome = services.book_referral(self.referral, start, by=request.user, now=self.now)
        except services.ReferralError as error:
            messages.error(request, str(error))
            return redirect("network_admin:referral", pk)
        if not outcome.ok:
            messages.error(request, "Questo orario è già preso o non è più disponibile. Scegline un altro.")
            return redirect("network_admin:referral_book", pk)
        messages.success(
            request,
            f"Appuntamento prenotato: codice {outcome.appointment.reference}. La persona riceve la conferma.",
        )
        return redirect("network_admin:referral", pk)


class InviteView(HubView):
    template_name = "network/admin/invite.html"
    page_title = "Invita un partner"

    def dispatch(self, request, *args, **kwargs):
        if not (request.user.is_authenticated and permissions.can_moderate(request.user)):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = kwargs.get("form") or forms.InviteForm()
        return context

    def post(self, request):
        form = forms.InviteForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        team = services.ensure_team(
            form.cleaned_data["partner"], offers_beds=form.cleaned_data["offers_beds"] or None
        )
        services.invite(team, form.cleaned_data["email"], by=request.user, now=self.now)
        messages.success(request, "Invito inviato. Il link vale una volta sola e scade tra 7 giorni.")
        return redirect("network_admin:home")
