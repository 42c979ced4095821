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
