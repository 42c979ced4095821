from django.urls import include, path, reverse_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from partners.opendata import CAPACITY_HOOK

from . import admin_urls, services
from .permissions import can_use_hub

LOG_ACTIONS = {
    "network.invite": ("Invito a un partner", "Invito inviato a un partner"),
    "network.invite_accepted": ("Invito accettato", "Invito accettato: nuovo account del partner"),
    "network.listing_submitted": ("Scheda del partner proposta", "Modifiche del partner da approvare"),
    "network.listing_approved": ("Scheda del partner approvata", "Modifiche del partner approvate"),
    "network.listing_confirmed": ("Scheda confermata", "Il partner ha confermato: ancora tutto giusto"),
    "network.referral_new": ("Nuovo invio", "Nuovo invio tra servizi"),
    "network.referral_status": ("Invio aggiornato", "Cambiato lo stato di un invio"),
    "network.beds": ("Posti per stanotte", "Aggiornati i posti per stanotte"),
}


@hooks.register("register_log_actions")
def register_network_log_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)


@hooks.register("register_admin_urls")
def register_network_urls():
    return [path("rete/", include(admin_urls, namespace="network_admin"))]


class HubMenuItem(MenuItem):
    def is_shown(self, request):
        return can_use_hub(request.user)


@hooks.register("register_admin_menu_item")
def register_hub_menu_item():
    return HubMenuItem(
        "Hub di rete", reverse_lazy("network_admin:home"), name="hub-di-rete", icon_name="group", order=260
    )


@hooks.register(CAPACITY_HOOK)
def beds_in_the_directory_export(partner_ids, now):
    """The directory's HSDS export carries each shelter's capacity for tonight."""
    return services.hsds_service_capacities(partner_ids, now)
