from django.core.management import call_command

import pytest

from network.models import BedCount, PartnerTeam, Referral
from partners.models import Partner

pytestmark = pytest.mark.django_db


def test_demo_content_has_partner_accounts_referrals_and_shelters(site_settings, capsys):
    call_command("load_demo_content")
    out = capsys.readouterr().out
    assert "utente partner-comune, password sportello-demo" in out
    assert "utente partner-sindacato" in out and "utente partner-accoglienza" in out
    assert PartnerTeam.objects.count() == 4
    assert PartnerTeam.objects.filter(offers_beds=True).count() == 2
    assert BedCount.objects.count() == 2
    assert set(Referral.objects.values_list("status", flat=True)) == {"new", "accepted", "declined", "closed"}
    # The service's staff login, and a listing waiting for them in the approval workflow.
    assert "utente staff-abitare, password sportello-demo" in out
    assert "scheda in attesa di approvazione: «" in out
    (pending,) = [partner for partner in Partner.objects.all() if partner.workflow_in_progress]
    assert pending.current_workflow_state.workflow.name == "Approvazione schede partner"
    assert pending.phone_href  # the public row keeps the published data
    assert pending.other_phone != "333 000 1234"
    call_command("load_demo_content")  # idempotent
    assert Referral.objects.count() == 4
    assert pending.workflow_states.count() == 1


def test_tasks_command_runs(db, capsys):
    call_command("network_tasks", "--daily")
    out = capsys.readouterr().out
    assert "invii urgenti segnalati: 0" in out
    assert "verifiche iniziate: 0" in out
