"""The site in six languages: URLs, lang/dir, the switcher, the fallback notice, booking e-mails."""

from django.core import mail
from django.core.cache import cache

import pytest
import time_machine
from bs4 import BeautifulSoup

from booking import slots
from booking.models import Appointment
from tests.booking.conftest import rome
from tests.factories.booking import MunicipalityFactory
from tests.factories.pages import GuideIndexPageFactory, GuidePageFactory, GuideTopicPageFactory

pytestmark = pytest.mark.django_db

NOW = rome(2026, 1, 1, 10, 0)
FIRST = rome(2026, 1, 6, 9, 0)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def guide(site_settings, home_page):
    index = GuideIndexPageFactory(parent=home_page)
    topic = GuideTopicPageFactory(parent=index)
    return GuidePageFactory(parent=topic, slug="pagare-affitto")


def test_italian_urls_are_unchanged_and_italian(client, site_settings):
    page = soup(client.get("/prenota/"))
    assert (page.html["lang"], page.html["dir"]) == ("it", "ltr")
    assert page.select_one(".site-nav a[href='/prenota/']").get_text() == "Prenota un appuntamento"


@pytest.mark.parametrize(
    ("prefix", "lang", "direction", "book"),
    [
        ("/en", "en", "ltr", "Book an appointment"),
        ("/fr", "fr", "ltr", "Prendre rendez-vous"),
        ("/ar", "ar", "rtl", "احجز موعدًا"),
        ("/ro", "ro", "ltr", "Fă o programare"),
        ("/uk", "uk", "ltr", "Записатися на прийом"),
    ],
)
def test_each_language_has_its_prefix_lang_and_direction(
    client, site_settings, prefix, lang, direction, book
):
    response = client.get(f"{prefix}/prenota/")
    assert response.status_code == 200
    page = soup(response)
    assert (page.html["lang"], page.html["dir"]) == (lang, direction)
    link = page.select_one(f".site-nav a[href='{prefix}/prenota/']")
    assert link is not None and link.get_text() == book
    assert page.select_one(f"form.site-search[action='{prefix}/cerca/']")


def test_the_switcher_keeps_the_page_and_names_each_language_in_its_own_language(client, site_settings):
    page = soup(client.get("/ar/cerca/?q=affitto"))
    links = {a["lang"]: (a["href"], a.get_text()) for a in page.select(".language-switcher a")}
    assert links["it"] == ("/cerca/?q=affitto", "Italiano")
    assert links["uk"] == ("/uk/cerca/?q=affitto", "Українська")
    assert links["ar"][1] == "العربية"
    assert page.select_one(".language-switcher a[aria-current='true']")["lang"] == "ar"


def test_pages_without_translation_link_the_italian_page_in_the_other_interface(client, guide):
    page = soup(client.get(guide.url))
    links = {a["lang"]: a["href"] for a in page.select(".language-switcher a")}
    assert links["it"] == guide.url
    assert links["ro"] == f"/ro{guide.url}"
    # hreflang only announces real translations: here the Italian page alone.
    alternates = {link["hreflang"] for link in page.select("link[rel=alternate][hreflang]")}
    assert alternates == {"it", "x-default"}


def test_a_romanian_reader_of_an_untranslated_guide_sees_the_notice_in_romanian(client, guide):
    response = client.get(f"/ro{guide.url}")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "ro"
    notice = page.select_one(".language-notice")
    assert "Acest ghid nu este încă tradus în limba ta." in notice.get_text()
    assert notice.select_one("a[href='/ro/prenota/']").get_text() == "Fă o programare cu un interpret"
    assert page.select_one("article.guide")["lang"] == "it"  # the guide text itself is Italian
    assert "In breve" not in page.select_one("article.guide h2").get_text()  # headings in Romanian
    # The Italian reader sees no notice.
    assert not soup(client.get(guide.url)).select(".language-notice")


@pytest.fixture
def ready(site_settings, sportello, tuesday_opening):
    return sportello


def key(start):
    return slots.Slot(0, 0, start, start, 1).key


@pytest.mark.parametrize(
    ("prefix", "subject", "greeting"),
    [
        ("/ar", "تم تأكيد الموعد", "مرحبًا"),
        ("/en", "Appointment confirmed", "Hello"),
    ],
)
def test_booking_in_a_language_sends_the_confirmation_in_it(
    client, ready, prefix, subject, greeting, django_capture_on_commit_callbacks
):
    municipality = MunicipalityFactory(name="Sesto Calende", slug="sesto-calende")
    cache.clear()
    with time_machine.travel(NOW, tick=False):
        assert (
            client.post(f"{prefix}/prenota/", {"topic": "sfratto-e-morosita"}).url
            == f"{prefix}/prenota/dove/"
        )
        client.post(f"{prefix}/prenota/dove/", {"sportello": ready.slug})
        client.post(f"{prefix}/prenota/quando/", {"slot": key(FIRST)})
        details = soup(client.get(f"{prefix}/prenota/dati/"))
        assert details.select_one("select[name=interpreter]")
        response = client.post(
            f"{prefix}/prenota/dati/",
            {
                "name": "Amina Haddad",
                "email": "amina@example.org",
                "municipality": municipality.pk,
                "interpreter": "ar",
            },
        )
        assert response.url == f"{prefix}/prenota/riepilogo/"
        with django_capture_on_commit_callbacks(execute=True):
            assert client.post(f"{prefix}/prenota/riepilogo/").url == f"{prefix}/prenota/fatto/"
        done = soup(client.get(f"{prefix}/prenota/fatto/"))
    item = Appointment.objects.get()
    assert (item.language, item.interpreter) == (prefix[1:], "ar")
    assert done.html["lang"] == prefix[1:]
    citizen = [m for m in mail.outbox if "amina@example.org" in m.to]
    assert citizen, "no confirmation e-mail"
    message = citizen[0]
    assert message.subject.startswith(subject) and item.reference in message.subject
    assert greeting in message.body
    ics = [
        a
        for a in message.attachments
        if "calendar" in (a[2] if isinstance(a, tuple) else a.get_content_type())
    ]
    assert ics
    ics_text = ics[0][1] if isinstance(ics[0], tuple) else ics[0].get_payload(decode=True).decode()
    assert item.reference in ics_text
    assert {"ar": "الرمز", "en": "Code"}[prefix[1:]] in ics_text.replace("\r\n ", "")
    # The operator's notice stays in Italian and shows the language and the interpreter request.
    operator = [m for m in mail.outbox if "amina@example.org" not in m.to]
    if operator:
        assert "Interprete richiesto: العربية" in operator[0].body


def test_an_english_reader_of_an_untranslated_guide_gets_the_italian_page_with_the_notice(
    client, guide, django_capture_on_commit_callbacks
):
    from wagtail.models import Locale, Page

    import polib

    from core.translations import translate_page

    # The guide index is translated into English (published as staff would); this guide is not.
    index = guide.get_parent().get_parent().specific
    for source in (index.get_parent().specific, index):
        source.save_revision().publish()
    po = polib.POFile()
    po.append(polib.POEntry(msgid=index.title, msgstr="Guides"))
    # wagtail-localize publishes translations when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(index.get_parent().specific, Locale.objects.get(language_code="en"), polib.POFile())
        english_index = translate_page(index, Locale.objects.get(language_code="en"), po)
    english_index = Page.objects.get(pk=english_index.pk)
    assert (english_index.title, english_index.live) == ("Guides", True), english_index.url
    assert soup(client.get("/en/guide/")).h1.get_text() == "Guides"
    response = client.get(f"/en{guide.url}")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "en" and page.h1.get_text() == guide.title
    assert (
        "This guide is not translated into your language yet."
        in page.select_one(".language-notice").get_text()
    )
    assert client.get("/en/guide/nessuna-guida/").status_code == 404
