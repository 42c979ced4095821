"""Thousands of generated inputs against every public form and query parameter.

Whatever a person (or a bot) sends, the site answers without a server error, and input that is
rejected stores nothing. Runs on the full demo content, on SQLite and on PostgreSQL (which, unlike
SQLite, refuses NUL characters in queries: a classic source of 500s).
"""

from django.core.cache import cache
from django.core.management import call_command

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from booking.models import Appointment
from feedback.models import PageFeedback
from guides.models import GuidePage
from partners.models import ErrorReport, Partner

pytestmark = pytest.mark.django_db

NASTY = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "' OR 1=1 --",
    '"><script>alert(1)</script>',
    "../../etc/passwd",
    "%00",
    "%",
    "_",
    "\\",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🏠",
    "Ã¨",
    "é" * 5000,
    "9" * 40,
    "-1",
    "0",
    "1e309",
    "null",
    "[]",
    "{}",
    "\r\nSet-Cookie: x=1",
    "sfratto",
    "sfratto-e-morosita",
    "sesto-calende",
    "it",
    # Extreme dates and slot keys (issue 13: these crashed booking views with OverflowError).
    "9999-12-31T23:30:00Z",
    "9999-12-31T23:59:59Z",
    "0001-01-01T00:00:00Z",
    "2026-02-30T09:00:00Z",
    "99999-01-01T00:00:00Z",
    "9999-12-31",
    "0001-01-01",
    "2026-13-45",
]
TEXT = st.one_of(st.sampled_from(NASTY), st.text(max_size=200))
FUZZ = settings(
    max_examples=250,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)


@pytest.fixture
def demo(db):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    cache.clear()


def ok(response):
    assert response.status_code < 500, response.status_code
    return response


def rejected(response):
    return not (300 <= response.status_code < 400)


def test_directory_filters_and_partner_pages(client, demo):
    slug = Partner.objects.filter(live=True).values_list("slug", flat=True).first()

    @FUZZ
    @given(argomento=TEXT, comune=TEXT, lingua=TEXT, q=TEXT, stampa=TEXT, any_slug=TEXT)
    def run(argomento, comune, lingua, q, stampa, any_slug):
        params = {"argomento": argomento, "comune": comune, "lingua": lingua, "q": q, "stampa": stampa}
        ok(client.get("/partner/", params))
        ok(client.get(f"/partner/{slug}/", {"x": any_slug}))
        ok(client.get("/partner/dati.json", {"argomento": argomento}))

    run()


def test_error_report_form(client, demo):
    slug = Partner.objects.filter(live=True).values_list("slug", flat=True).first()

    @FUZZ
    @given(message=TEXT, email=TEXT, sito=TEXT)
    def run(message, email, sito):
        cache.clear()  # keep the rate limit out of the way: we want the validation paths
        before = ErrorReport.objects.count()
        response = ok(
            client.post(f"/partner/{slug}/segnala/", {"message": message, "email": email, "sito": sito})
        )
        if rejected(response):
            assert ErrorReport.objects.count() == before

    run()


def test_search_page(client, demo):
    @FUZZ
    @given(q=TEXT, tipo=TEXT, argomento=TEXT, page=TEXT)
    def run(q, tipo, argomento, page):
        ok(client.get("/cerca/", {"q": q, "tipo": tipo, "argomento": argomento, "page": page}))
        ok(client.get("/cerca/suggerimenti/", {"q": q}))

    run()


def test_guide_feedback_form(client, demo):
    guide = GuidePage.objects.live().first()
    url = f"/valuta/{guide.pk}/"

    @FUZZ
    @given(
        rating=st.one_of(TEXT, st.sampled_from(["1", "2", "3", "4", "5"])),
        negative=TEXT,
        positive=TEXT,
        comment=TEXT,
        honeypot=st.one_of(st.just(""), TEXT),
    )
    def run(rating, negative, positive, comment, honeypot):
        cache.clear()
        before = PageFeedback.objects.count()
        data = {
            "rating": rating,
            "negative_answer": negative,
            "positive_answer": positive,
            "comment": comment,
            "sito_web": honeypot,
        }
        response = ok(client.post(url, data, HTTP_ORIGIN="http://testserver"))
        if rejected(response):
            assert PageFeedback.objects.count() == before
        ok(client.get(guide.url, {"valutazione": comment}))

    run()


def test_booking_steps_and_manage_links(client, demo):
    steps = ["/prenota/", "/prenota/urgente/", "/prenota/dove/", "/prenota/quando/", "/prenota/dati/"]
    steps += ["/prenota/riepilogo/", "/prenota/gestisci/annulla/", "/prenota/gestisci/sposta/"]

    @FUZZ
    @given(
        step=st.sampled_from(steps),
        fields=st.dictionaries(
            st.sampled_from(
                [
                    "topic",
                    "eviction_date",
                    "homeless_tonight",
                    "children",
                    "sportello",
                    "slot",
                    "name",
                    "phone",
                ]
                + ["email", "municipality", "note", "website", "reason", "privacy", "confirm", "giorno"]
            ),
            TEXT,
            max_size=8,
        ),
        query=st.dictionaries(
            st.sampled_from(["argomento", "sportello", "guida", "nuova", "giorno"]), TEXT, max_size=3
        ),
        token=TEXT,
    )
    def run(step, fields, query, token):
        cache.clear()
        before = Appointment.objects.count()
        ok(client.get("/prenota/", query))
        response = ok(client.post(step, fields))
        if not (response.status_code == 302 and response.get("Location", "").startswith("/prenota/fatto")):
            assert Appointment.objects.count() == before
        ok(client.get(f"/prenota/gestisci/{token.replace('/', '')}/"))
        ok(client.get(f"/calendario/{token.replace('/', '')}.ics"))

    run()


# Any instant datetime can represent, as a slot key or a day, plus the hand-picked ones.
EXTREME_KEYS = st.one_of(
    st.sampled_from(NASTY),
    st.datetimes().map(lambda value: value.strftime("%Y-%m-%dT%H:%M:%SZ")),
    st.datetimes().map(lambda value: value.strftime("%Y-%m-%d")),
    st.datetimes().map(lambda value: value.isoformat()),
)


def test_booking_steps_with_extreme_dates_and_slot_keys(client, demo):
    """Every step that reads a slot or a day, with a flow (and a manage session) in place."""
    from django.utils import timezone

    from booking import services, slots
    from booking.models import Sportello

    sportello = next(
        s for s in Sportello.objects.filter(active=True) if slots.first_free_slot(s, timezone.now())
    )
    first = slots.first_free_slot(sportello, timezone.now())
    outcome = services.book(
        sportello=sportello,
        start=first.start,
        topic="altro",
        name="Anna",
        phone="0331 000 1234",
        now=timezone.now(),
    )
    assert outcome.ok
    client.get(f"/prenota/gestisci/{outcome.token}/")
    municipality = sportello.municipality_id or 1
    flow = {
        "topic": "altro",
        "sportello": sportello.slug,
        "slot": first.key,
        "details": {"name": "Luca", "phone": "0332 111 2222", "email": "", "municipality": municipality},
    }

    @FUZZ
    @given(slot=EXTREME_KEYS, day=EXTREME_KEYS, stale=EXTREME_KEYS)
    def run(slot, day, stale):
        cache.clear()
        session = client.session
        session["booking_flow"] = {**flow, "slot": stale}
        session.save()
        before = Appointment.objects.count()
        ok(client.get("/prenota/quando/", {"giorno": day}))
        ok(client.post("/prenota/quando/", {"slot": slot, "giorno": day}))
        ok(client.get("/prenota/riepilogo/"))
        ok(client.post("/prenota/riepilogo/", {"slot": slot}))
        ok(client.get("/prenota/gestisci/sposta/", {"giorno": day}))
        ok(client.post("/prenota/gestisci/sposta/", {"slot": slot, "giorno": day}))
        assert Appointment.objects.count() <= before + 1
        for value in (slot, day, stale):
            parsed = slots.parse_key(value)
            assert parsed is None or slots.FIRST_YEAR <= parsed.year <= slots.LAST_YEAR
            assert slots.find_slot(sportello, parsed, timezone.now()) is None or parsed is not None

    run()
