from django.core.management import call_command

import pytest

from partners import demo
from partners.models import Partner, PartnerService
from partners.services import stale_partners
from partners.vocabulary import SERVICE_TYPE_LABELS

pytestmark = pytest.mark.django_db


class Quiet:
    class stdout:  # noqa: N801
        @staticmethod
        def write(text):
            pass


def snapshot():
    return (
        list(Partner.objects.order_by("pk").values_list("pk", "slug", "name", "live", "verified_on")),
        list(PartnerService.objects.order_by("pk").values_list("pk", "partner_id", "service_type")),
    )


def test_demo_partners_cover_every_service_type_and_load_once(client):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = snapshot()
    demo.load(Quiet)
    assert snapshot() == first

    partners = Partner.objects.public().for_directory()
    assert partners.count() >= 15
    assert set(PartnerService.objects.values_list("service_type", flat=True)) == set(SERVICE_TYPE_LABELS)
    municipalities = {place.municipality.slug for partner in partners for place in partner.locations.all()}
    assert len(municipalities) >= 6
    assert 2 <= stale_partners().count() <= 3
    # Contacts do not pretend to be real.
    for partner in partners:
        assert partner.email.endswith("example.org")
        assert partner.phone.startswith("0331 000 1")
        assert not partner.website or ".example.org" in partner.website

    assert client.get("/partner/").status_code == 200
    assert client.get("/partner/", {"argomento": "sfratto-e-morosita", "comune": "ispra"}).status_code == 200
