"""Wagtail hooks of the operator screens: admin URLs, the "Agenda sportelli" menu, audit-log actions.

Imported from ``booking/wagtail_hooks.py`` (Wagtail only scans modules named ``wagtail_hooks``).
"""

from django.urls import include, path, reverse_lazy

from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from . import admin_urls, webhooks  # noqa: F401 - webhooks connects the anymail tracking receiver
from .permissions import can_use_agenda, is_coordinator

LOG_ACTIONS = {
    "booking.attended": ("Appuntamento svolto", "Segnato come svolto"),
    "booking.no_show": ("Persona non presentata", "Segnato: la persona non si è presentata"),
    "booking.cancel": ("Appuntamento annullato dall'operatore", "Annullato da un operatore"),
    "booking.move": ("Appuntamento spostato", "Spostato a un altro orario"),
    "booking.notes": ("Note interne cambiate", "Note interne cambiate"),
    "booking.assign": ("Operatore assegnato", "Assegnato a un operatore"),
    "booking.book_on_behalf": ("Prenotato da un operatore", "Prenotato da un operatore per la persona"),
    "booking.contact_unreachable": ("Contatto non raggiungibile", "L'e-mail non è stata consegnata"),
    "booking.opening_create": ("Apertura creata", "Apertura creata"),
    "booking.opening_edit": ("Apertura cambiata", "Apertura cambiata"),
    "booking.closure": ("Chiusura", "Chiusura di uno sportello"),
    "booking.feed_create": (
        "Nuovo link del calendario",
        "Nuovo link del calendario (il vecchio non vale più)",
    ),
    "booking.feed_revoke": ("Link del calendario disattivato", "Link del calendario disattivato"),
    "booking.export": ("Esportazione appuntamenti", "Esportati gli appuntamenti di un periodo"),
}


@hooks.register("register_log_actions")
def register_booking_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)


@hooks.register("register_admin_urls")
def register_operator_urls():
    return [path("sportelli/", include(admin_urls, namespace="booking_operators"))]


class AgendaMenuItem(MenuItem):
    def is_shown(self, request):
        return can_use_agenda(request.user)


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_coordinator(request.user)


def _item(cls, label, name, icon, order):
    return cls(
        label, reverse_lazy(f"booking_operators:{name}"), name=f"agenda-{name}", icon_name=icon, order=order
    )


agenda_menu = Menu(
    register_hook_name="register_booking_agenda_menu_item",
    construct_hook_name="construct_booking_agenda_menu",
)


@hooks.register("register_booking_agenda_menu_item")
def _agenda():
    return _item(AgendaMenuItem, "Agenda", "agenda", "date", 100)


@hooks.register("register_booking_agenda_menu_item")
def _book():
    return _item(AgendaMenuItem, "Prenota per una persona", "book", "plus", 200)


@hooks.register("register_booking_agenda_menu_item")
def _openings():
    return _item(AgendaMenuItem, "Aperture e chiusure", "openings", "time", 300)


@hooks.register("register_booking_agenda_menu_item")
def _feeds():
    return _item(AgendaMenuItem, "Calendario sul telefono", "feeds", "calendar", 400)


@hooks.register("register_booking_agenda_menu_item")
def _numbers():
    return _item(AgendaMenuItem, "Numeri per programmare", "numbers", "table", 500)


@hooks.register("register_booking_agenda_menu_item")
def _export():
    return _item(CoordinatorMenuItem, "Esporta (CSV)", "export", "download", 600)


@hooks.register("register_admin_menu_item")
def register_agenda_menu():
    return SubmenuMenuItem(
        "Agenda sportelli", agenda_menu, name="agenda-sportelli", icon_name="date", order=240
    )
