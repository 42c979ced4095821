from django.core.management import call_command

import pytest

from network.models import BedCount, PartnerTeam, Referral

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
    call_command("load_demo_content")  # idempotent
    assert Referral.objects.count() == 4


def test_tasks_command_runs(db, capsys):
    call_command("network_tasks", "--daily")
    out = capsys.readouterr().out
    assert "invii urgenti segnalati: 0" in out
    assert "verifiche iniziate: 0" in out
