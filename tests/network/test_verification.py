"""The verification loop: a signed one-click link, reminders after 2 and 4 weeks, "da verificare"."""

import datetime
import re

from django.utils import timezone

import pytest

from network import services
from network.models import VerificationRound
from partners.opendata import organization

from .conftest import NOW

pytestmark = pytest.mark.django_db

OLD = datetime.date(2025, 8, 1)  # seven months before today


def confirm_link(message):
    return re.search(r"http://\S+/rete/verifica/\S+/", message.body).group(0).replace("http://localhost", "")


def test_listing_not_confirmed_for_six_months_gets_the_email(union, social_service, outbox, clock):
    union.verified_on = OLD
    union.save()
    started, reminded = services.run_verification(NOW)
    assert (started, reminded) == (1, 0)
    (message,) = outbox
    assert message.to == ["sindacato@example.org"]
    assert "ancora giusti" in message.subject
    assert "/rete/verifica/" in message.body
    assert f"/admin/rete/scheda/{union.pk}/" in message.body
    # Running again the same day sends nothing more.
    assert services.run_verification(NOW) == (0, 0)
    assert len(outbox) == 1


def test_the_link_confirms_once(client, union, outbox, clock):
    union.verified_on = OLD
    union.save()
    services.run_verification(NOW)
    link = confirm_link(outbox[0])
    assert "Ancora tutto giusto" in client.get(link).content.decode()
    union.refresh_from_db()
    assert union.verified_on == OLD  # opening the link (a mail scanner) changes nothing

    clock.shift(datetime.timedelta(days=3))
    response = client.post(link)
    assert "Grazie!" in response.content.decode()
    union.refresh_from_db()
    assert union.verified_on == datetime.date(2026, 3, 6)

    clock.shift(datetime.timedelta(days=1))
    response = client.post(link)
    assert "Già fatto" in response.content.decode()
    union.refresh_from_db()
    assert union.verified_on == datetime.date(2026, 3, 6)


def test_the_link_expires(client, union, outbox, clock):
    union.verified_on = OLD
    union.save()
    services.run_verification(NOW)
    link = confirm_link(outbox[0])
    clock.shift(datetime.timedelta(days=43))
    response = client.post(link)
    assert response.status_code == 404
    union.refresh_from_db()
    assert union.verified_on == OLD


def test_a_forged_link_does_nothing(client, union, outbox, clock):
    union.verified_on = OLD
    union.save()
    services.run_verification(NOW)
    link = confirm_link(outbox[0])
    assert client.post(link[:-3] + "xx/").status_code == 404


def test_reminders_after_two_and_four_weeks_then_da_verificare(union, outbox, clock):
    union.verified_on = OLD
    union.save()
    services.run_verification(NOW)
    assert not services.needs_verification(union, NOW)
    clock.shift(datetime.timedelta(days=13))
    assert services.run_verification(timezone.now()) == (0, 0)
    clock.shift(datetime.timedelta(days=1))
    assert services.run_verification(timezone.now()) == (0, 1)
    assert services.run_verification(timezone.now()) == (0, 0)
    assert "Promemoria" in outbox[-1].subject
    clock.shift(datetime.timedelta(days=14))
    assert services.run_verification(timezone.now()) == (0, 1)
    assert "da verificare" in outbox[-1].body
    clock.shift(datetime.timedelta(days=30))
    assert services.run_verification(timezone.now()) == (0, 0)
    assert len(outbox) == 3
    assert services.needs_verification(union, timezone.now())
    assert VerificationRound.objects.get().reminders_sent == 2


def test_hsds_export_carries_the_verification_date_apart_from_the_last_change(union, outbox, clock):
    union.verified_on = OLD
    union.save()
    services.run_verification(NOW)
    services.confirm_listing(services.verify_token(VerificationRound.objects.get()), now=NOW)
    last_change = union.last_published_at
    union.refresh_from_db()
    assert organization(union)["assured_date"] == "2026-03-03"
    # Confirming is not a change of the data: the last change stays what it was.
    assert union.last_published_at == last_change
    assert not union.has_unpublished_changes


def test_da_verificare_badge_after_both_reminders(union, outbox, clock):
    from django.template import Context, Template

    union.verified_on = OLD
    union.save()
    template = Template("{% load network_tags %}{% verification_badge partner %}")
    services.run_verification(NOW)
    assert "Da verificare" not in template.render(Context({"partner": union}))
    clock.shift(datetime.timedelta(weeks=4, days=1))
    assert "Da verificare" in template.render(Context({"partner": union}))
