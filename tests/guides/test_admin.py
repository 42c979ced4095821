import datetime

from django.contrib.auth.models import Group, Permission, User

from wagtail.models import GroupPagePermission
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest
from bs4 import BeautifulSoup

from feedback.models import PageFeedback
from guides.models import GuidePage
from tests.factories.pages import GuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(guide_index):
    group = Group.objects.create(name="Redattori di prova")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ["add_page", "change_page", "publish_page"]:
        GroupPagePermission.objects.create(
            group=group, page=guide_index, permission=Permission.objects.get(codename=codename)
        )
    user = User.objects.create_user("redattrice", password="x" * 12)
    user.groups.add(group)
    return user


@pytest.fixture
def citizen_with_admin_access(db):
    group = Group.objects.create(name="Solo accesso")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = User.objects.create_user("altro", password="x" * 12)
    user.groups.add(group)
    return user


def listblock(items):
    data = {
        str(i): {"value": value, "deleted": "", "order": str(i), "id": ""} for i, value in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def test_editor_creates_and_publishes_a_guide_with_every_block(
    client, site_settings, editor, topic_page, document
):
    related = GuidePageFactory(parent=topic_page, title="Guida collegata")
    client.force_login(editor)
    data = nested_form_data(
        {
            "title": "Il fondo per la morosità incolpevole",
            "slug": "fondo-morosita",
            "summary": "È un aiuto per chi non paga l'affitto. Non è colpa tua. Chiedi allo sportello.",
            "audience": "Per chi ha perso il lavoro e vive in affitto.",
            "last_reviewed": "2026-11-01",
            "review_by": "2027-05-01",
            "body": streamfield(
                [
                    ("heading", "Cosa fare subito"),
                    ("paragraph", rich_text("<p>Parla con lo <b>sportello</b>.</p>")),
                    (
                        "steps",
                        {
                            "title": "Cosa fare",
                            "steps": listblock([{"title": "Chiama", "text": rich_text("<p>Subito.</p>")}]),
                        },
                    ),
                    ("checklist", {"title": "Cosa portare", "items": listblock(["Contratto", "ISEE"])}),
                    (
                        "callout",
                        {
                            "kind": "attenzione",
                            "title": "Attento",
                            "text": rich_text("<p>Non aspettare.</p>"),
                        },
                    ),
                    (
                        "faq",
                        {
                            "title": "Domande",
                            "items": listblock([{"question": "Costa?", "answer": rich_text("<p>No.</p>")}]),
                        },
                    ),
                    (
                        "deadline",
                        {
                            "when": "Entro 30 giorni",
                            "date": "2027-01-31",
                            "what": rich_text("<p>Fai domanda.</p>"),
                        },
                    ),
                    (
                        "table",
                        {
                            "caption": "Soglie",
                            "header": listblock(["Famiglia", "ISEE"]),
                            "rows": listblock([{"cells": listblock(["1 persona", "Chiedi"])}]),
                        },
                    ),
                    ("document", {"document": str(document.pk), "title": "Modulo"}),
                    ("contact", {"source": "sportello", "title": "Chi ti aiuta"}),
                ]
            ),
            "related_guide_links": inline_formset([{"guide": str(related.pk)}]),
            "related_partner_links": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    response = client.post(f"/admin/pages/add/guides/guidepage/{topic_page.pk}/", data)
    assert response.status_code == 302, BeautifulSoup(response.content, "html.parser").select(
        ".error-message"
    )
    guide = GuidePage.objects.get(slug="fondo-morosita")
    assert guide.live and guide.topic == "sfratto-e-morosita"
    assert [child.block_type for child in guide.body] == [
        "heading",
        "paragraph",
        "steps",
        "checklist",
        "callout",
        "faq",
        "deadline",
        "table",
        "document",
        "contact",
    ]
    assert guide.body[6].value["date"] == datetime.date(2027, 1, 31)
    assert guide.get_related_guides() == [related]
    assert guide.summary_score is not None and guide.body_score is not None

    html = BeautifulSoup(client.get(guide.url).content, "html.parser")
    assert html.select_one(".steps h3").get_text() == "Chiama"
    assert html.select_one("details summary").get_text() == "Costa?"
    assert html.select_one("tbody th").get_text() == "1 persona"
    assert html.find("a", href=document.url)


def test_edit_form_shows_the_gulpease_scores_and_long_sentences(client, editor, topic_page):
    guide = GuidePageFactory(
        parent=topic_page,
        summary=(
            "Questa è una frase volutamente molto lunga e complicata che contiene tantissime parole "
            "burocratiche come amministrazione competente, documentazione integrativa e procedimento."
        ),
    )
    client.force_login(editor)
    html = BeautifulSoup(client.get(f"/admin/pages/{guide.pk}/edit/").content, "html.parser")
    panel = html.select_one("[data-readability-panel]")
    summary_score = panel.select_one('[data-readability-score="summary"]').get_text()
    assert "sotto l'obiettivo" in summary_score
    assert "almeno 80" in panel.get_text() and "almeno 60" in panel.get_text()
    assert "volutamente molto lunga" in panel.select_one("ul").get_text()


def test_readability_report_lists_guides_below_target(client, editor, topic_page):
    easy = GuidePageFactory(
        parent=topic_page,
        title="Facile",
        summary="Vai. Chiedi. Paga.",
        body=[{"type": "paragraph", "value": "<p>Vai ora. Ti aiuto io. È facile.</p>"}],
    )
    hard = GuidePageFactory(
        parent=topic_page,
        title="Difficile",
        summary="L'amministrazione comunale predispone provvedimenti straordinariamente articolati.",
    )
    client.force_login(editor)
    response = client.get("/admin/reports/guide/readability/")
    assert response.status_code == 200
    text = BeautifulSoup(response.content, "html.parser").get_text()
    assert hard.title in text and easy.title not in text


def test_review_report_lists_guides_past_their_date(client, editor, topic_page):
    GuidePageFactory(
        parent=topic_page,
        title="Vecchia",
        last_reviewed=datetime.date(2020, 1, 1),
        review_by=datetime.date(2021, 1, 1),
    )
    GuidePageFactory(
        parent=topic_page,
        title="Nuova",
        last_reviewed=datetime.date(2026, 1, 1),
        review_by=datetime.date(2099, 1, 1),
    )
    client.force_login(editor)
    response = client.get("/admin/reports/guide/review_due/")
    assert response.status_code == 200
    text = BeautifulSoup(response.content, "html.parser").get_text()
    assert "Vecchia" in text and "Nuova" not in text


def test_feedback_reports_per_page(client, editor, topic_page, guide):
    for rating, answer, comment in [
        (2, "chiarezza", "Parole difficili"),
        (5, "completezza", ""),
        (5, "", ""),
    ]:
        PageFeedback.objects.create(page=guide, rating=rating, answer=answer, comment=comment)
    client.force_login(editor)
    listing = BeautifulSoup(client.get("/admin/reports/feedback/").content, "html.parser")
    row = listing.find("a", string=lambda s: s and guide.title in s).find_parent("tr")
    cells = [td.get_text(strip=True) for td in row.find_all("td")]
    assert cells[1:] == ["4,0", "3", "1", "1"]
    detail = BeautifulSoup(client.get(f"/admin/reports/feedback/{guide.pk}/").content, "html.parser")
    summary = detail.select_one("[data-feedback-summary]").get_text(" ", strip=True)
    assert "4,0 stelle su 5" in summary and "3 valutazioni" in summary
    assert "A volte le indicazioni non erano chiare: 1" in summary
    assert "Le indicazioni erano complete: 1" in summary
    assert "Parole difficili" in detail.get_text()


def test_reports_are_for_editors_only(client, citizen_with_admin_access, guide):
    PageFeedback.objects.create(page=guide, rating=1)
    client.force_login(citizen_with_admin_access)
    for url in [
        "/admin/reports/guide/readability/",
        "/admin/reports/guide/review_due/",
        "/admin/reports/feedback/",
    ]:
        assert client.get(url).status_code in {302, 403}, url
    assert client.get(f"/admin/reports/feedback/{guide.pk}/").status_code == 404
    client.logout()
    assert client.get("/admin/reports/feedback/").status_code == 302


def test_glossary_snippets_in_the_admin(client, editor):
    editor.is_superuser = True
    editor.save()
    client.force_login(editor)
    response = client.post(
        "/admin/snippets/guides/glossaryterm/add/",
        {"term": "Sfratto", "variants": "sfratti\nsfrattato", "definition": "Quando devi lasciare la casa."},
    )
    assert response.status_code == 302
    from guides.models import GlossaryTerm

    assert GlossaryTerm.objects.get().variant_list == ["sfratti", "sfrattato"]
    response = client.post(
        "/admin/snippets/guides/glossaryterm/add/", {"term": "sfratto", "definition": "Doppione."}
    )
    assert "Questa parola è già nel glossario." in response.content.decode()


def test_admin_refuses_a_second_page_for_the_same_topic(client, editor, guide_index, topic_page):
    client.force_login(editor)
    data = {
        "title": "Doppione",
        "slug": "doppione",
        "topic": topic_page.topic,
        "intro": "",
        "action-publish": "1",
    }
    response = client.post(f"/admin/pages/add/guides/guidetopicpage/{guide_index.pk}/", data)
    assert response.status_code == 200
    assert "C&#x27;è già una pagina per questo argomento." in response.content.decode()
    data.update(topic="cercare-casa", slug="cercare-casa")
    response = client.post(f"/admin/pages/add/guides/guidetopicpage/{guide_index.pk}/", data)
    assert response.status_code == 302


def test_edit_form_loads_the_live_score_script(client, editor, guide):
    client.force_login(editor)
    html = client.get(f"/admin/pages/{guide.pk}/edit/").content.decode()
    assert "guides/js/readability-panel.js" in html
