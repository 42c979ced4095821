"""Pages that should not grow with the data: the directory and a guide at 18 vs 2,000 partners, a guide
at 54 vs 5,000 glossary terms, and the first render of a guide after a glossary change.

    .venv/bin/python bench/scale.py [--repeats 7]

In-process (Django test client, page cache off) on a throw-away database with the demo content
(SQLite, or PostgreSQL with ``DATABASE_URL``). Times are medians of ``--repeats`` renders after one
warm-up; "first after change" is the first render after saving one glossary term, in this process.
"""

import argparse
import statistics
import time

from search_common import setup, teardown


def timed(client, url, repeats):
    client.get(url)  # warm-up
    times, size = [], 0
    for _ in range(repeats):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        size = len(response.content)
    return statistics.median(times), size


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--partners", type=int, default=2000)
    parser.add_argument("--terms", type=int, default=5000)
    args = parser.parse_args()
    workdir = setup()
    try:
        run(args)
    finally:
        teardown(workdir)


def add_partners(create_partner, count, topic):
    """``count`` partners of the guide's topic: one made by the test factory, copied in bulk."""
    from partners.models import Partner, PartnerService

    model = create_partner(services=(topic,))
    service = model.services.first()
    copies = []
    for number in range(count - 1):
        copy = Partner.objects.get(pk=model.pk)
        copy.pk = copy.id = None
        copy.name = f"Partner di prova in serie {number}"
        copy.slug = f"partner-serie-{number}"
        copies.append(copy)
    created = Partner.objects.bulk_create(copies, batch_size=500)
    PartnerService.objects.bulk_create(
        [
            PartnerService(
                partner=partner,
                service_type=service.service_type,
                description=service.description,
                audience=service.audience,
                access=service.access,
                cost=service.cost,
                sort_order=0,
            )
            for partner in created
        ],
        batch_size=500,
    )


def run(args):
    import io

    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    settings.PAGE_CACHE_ENABLED = False
    settings.SEARCH_RESULTS_CACHE_SECONDS = 0
    for backend in settings.WAGTAILSEARCH_BACKENDS.values():
        backend["AUTO_UPDATE"] = False  # indexing 2,000 partners one by one is not what is measured
    call_command("load_demo_content", stdout=io.StringIO())

    from guides.models import GlossaryTerm, GuidePage
    from partners.models import Partner
    from tests.factories.partners import create_partner

    client = Client()
    guides = GuidePage.objects.live()
    guide = guides.filter(slug="fasi-dello-sfratto").first() or guides.first()
    topic = getattr(guide, "topic", "") or "sfratto-e-morosita"
    rows = []

    def measure(label, url):
        ms, size = timed(client, url, args.repeats)
        rows.append((label, url, ms, size))
        print(f"{label:<38} {ms:8.1f} ms  {size / 1024:8.1f} KB  {url}", flush=True)
        return ms

    partners_before = Partner.objects.count()
    base_directory = measure(f"/partner/ at {partners_before} partners", "/partner/")
    base_guide = measure(f"guide at {partners_before} partners", guide.url)
    add_partners(create_partner, max(0, args.partners - partners_before), topic)
    partners_after = Partner.objects.count()
    big_directory = measure(f"/partner/ at {partners_after} partners", "/partner/")
    big_guide = measure(f"guide at {partners_after} partners", guide.url)

    from wagtail.models import Locale

    italian = Locale.get_default()  # the glossary is translatable: the Italian terms
    terms_before = GlossaryTerm.objects.count()
    base_terms = measure(f"guide at {terms_before} glossary terms", guide.url)
    GlossaryTerm.objects.bulk_create(
        GlossaryTerm(term=f"parola{n:05d}", definition=f"Spiegazione semplice numero {n}.", locale=italian)
        for n in range(max(0, args.terms - terms_before))
    )
    changed = GlossaryTerm.objects.order_by("pk").first()
    changed.definition += " "
    changed.save()  # a glossary change: the shared index is rebuilt once, on the next render
    started = time.perf_counter()
    assert client.get(guide.url).status_code == 200
    first_after_change = (time.perf_counter() - started) * 1000
    terms_after = GlossaryTerm.objects.count()
    print(f"{'first render after a glossary change':<38} {first_after_change:8.1f} ms", flush=True)
    big_terms = measure(f"guide at {terms_after} glossary terms", guide.url)

    table = [
        (f"/partner/, {partners_before} → {partners_after} partners", base_directory, big_directory, "≤ 1.5"),
        (f"guide, {partners_before} → {partners_after} partners", base_guide, big_guide, "≤ 1.5"),
        (f"guide, {terms_before} → {terms_after} glossary terms", base_terms, big_terms, "≤ 2"),
    ]
    print()
    print("| measure | small ms | large ms | large ÷ small | target |")
    print("|---|---|---|---|---|")
    for label, small, large, target in table:
        print(f"| {label} | {small:.0f} | {large:.0f} | {large / small:.2f} | {target} |")
    print(f"| first guide render after a glossary change | | {first_after_change:.0f} | | < 100 ms |")


if __name__ == "__main__":
    main()
