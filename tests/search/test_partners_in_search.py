"""The site search finds published partners of the directory, labelled "Partner"."""

import pytest

from tests.factories.partners import create_partner

pytestmark = pytest.mark.django_db


def test_published_partners_are_found_and_drafts_are_not(client, site_settings, whoosh_index):
    create_partner("Sindacato inquilini del Verbano", services=["contratti-e-affitto"])
    create_partner("Associazione bozza inquilini", services=["contratti-e-affitto"], live=False)
    response = client.get("/cerca/", {"q": "sindacato inquilini"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Sindacato inquilini del Verbano" in html
    assert "Associazione bozza" not in html
    assert "Partner" in html

    by_topic = client.get(
        "/cerca/", {"q": "inquilini", "tipo": "partner", "argomento": "contratti-e-affitto"}
    )
    assert "Sindacato inquilini del Verbano" in by_topic.content.decode()
    other_topic = client.get("/cerca/", {"q": "inquilini", "tipo": "partner", "argomento": "cercare-casa"})
    assert "Sindacato inquilini del Verbano" not in other_topic.content.decode()


def test_a_french_reader_finds_partners_with_their_french_texts(
    client, site_settings, django_capture_on_commit_callbacks
):
    from tests.partners.test_partner_texts import FRENCH, published_partner, translate

    translate(published_partner(), "fr", FRENCH, django_capture_on_commit_callbacks)

    french = client.get("/fr/cerca/", {"q": "sindacato inquilini"}).content.decode()
    assert "Sindacato Inquilini Varese" in french
    assert "Ils t&#x27;aident avec le contrat" in french or "Ils t'aident avec le contrat" in french
    assert "Ti aiutano con il contratto" not in french
    italian = client.get("/cerca/", {"q": "sindacato inquilini"}).content.decode()
    assert "Ti aiutano con il contratto" in italian and "Ils t" not in italian
