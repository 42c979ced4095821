"""Wagtail hooks of the operator side: the "Sportelli" viewset group (menu and admin URLs), the booking
snippets (no menu of their own), the audit-log actions and the dashboard panel of today's appointments."""

from wagtail import hooks

from . import dashboard, snippets
from .viewsets import SportelliGroup

snippets.register()

LOG_ACTIONS = {
    "booking.attended": ("Appuntamento svolto", "Segnato come svolto"),
    "booking.no_show": ("Persona non presentata", "Segnato: la persona non si è presentata"),
    "booking.cancel": ("Appuntamento annullato dall'operatore", "Annullato da un operatore"),
    "booking.move": ("Appuntamento spostato", "Spostato a un altro orario"),
    "booking.notes": ("Note interne cambiate", "Note interne cambiate"),
    "booking.assign": ("Operatore assegnato", "Assegnato a un operatore"),
    "booking.book_on_behalf": ("Prenotato da un operatore", "Prenotato da un operatore per la persona"),
    "booking.opening_create": ("Apertura creata", "Apertura creata"),
    "booking.opening_edit": ("Apertura cambiata", "Apertura cambiata"),
    "booking.closure": ("Chiusura", "Chiusura di uno sportello"),
    "booking.feed_create": (
        "Nuovo link del calendario",
        "Nuovo link del calendario (il vecchio non vale più)",
    ),
    "booking.feed_revoke": ("Link del calendario disattivato", "Link del calendario disattivato"),
    "booking.export": ("Esportazione appuntamenti", "Esportati gli appuntamenti di un periodo"),
    # Written by booking.webhooks (the e-mail provider could not deliver).
    "booking.contact_unreachable": ("Contatto non raggiungibile", "L'e-mail non è stata consegnata"),
}


@hooks.register("register_log_actions")
def register_booking_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)


@hooks.register("register_admin_viewset")
def register_sportelli():
    return SportelliGroup()


hooks.register("construct_homepage_panels", dashboard.add_today_panel)
