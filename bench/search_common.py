"""Shared set-up for the search benchmarks: a throw-away database and index, and generated pages.

Not a benchmark itself. ``setup()`` must run before anything imports Django models. The database is
SQLite in a temporary directory, or, with ``DATABASE_URL`` set, a ``bench_…`` database on that server.
"""

import os
import random
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _split(text):
    return text.split()


VOCABULARY = _split(
    "affitto contratto proprietario inquilino casa alloggio appartamento sfratto morosità canone deposito "
    "cauzionale caparra bollette luce gas acqua riscaldamento condominio spese manutenzione caldaia "
    "residenza anagrafe comune regione contributo bando domanda graduatoria punteggio ISEE reddito lavoro "
    "famiglia figli disabilità anziani studenti giovani straniero permesso soggiorno documenti ricevuta "
    "registrazione agenzia entrate disdetta preavviso raccomandata giudice udienza convalida ufficiale "
    "giudiziario rilascio esecuzione emergenza dormitorio accoglienza servizi sociali sportello "
    "appuntamento aiuto gratis mutuo prima casa acquisto vendita notaio catasto cedolare secca tasse "
    "detrazione dichiarazione redditi bonus sconto sostegno fondo incolpevole licenziamento malattia cassa "
    "integrazione rata piano pagamento debito arretrati interessi danni riparazioni tetto impianti "
    "serratura ascensore pulizie amministratore assemblea regolamento animali rumore vicini muffa umidità "
    "finestre porta chiavi trasloco annuncio truffa visita mediazione provvigione garanzia fideiussione"
)
FILLER = _split("il la di che e per con non una un si come anche più dopo prima quando se puoi devi ti")  # noqa: SIM905


def setup():
    """Configure Django on a temporary database and search index; returns the temporary directory."""
    sys.path[:0] = [str(ROOT / "site"), str(ROOT)]
    workdir = Path(tempfile.mkdtemp(prefix="sportello-bench-"))
    os.environ["SPORTELLO_VAR_DIR"] = str(workdir)
    os.environ["SEARCH_INDEX_DIR"] = str(workdir / "search")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import warnings

    warnings.filterwarnings("ignore", category=SyntaxWarning)
    import django

    django.setup()
    from django.db import connection

    database = connection.settings_dict
    if database["ENGINE"].endswith("sqlite3"):
        database["TEST"]["NAME"] = str(workdir / "bench.sqlite3")
    else:
        database["TEST"]["NAME"] = f"bench_{database['NAME']}"
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    return workdir


def teardown(workdir):
    import shutil

    from django.db import connection

    connection.creation.destroy_test_db(connection.settings_dict["NAME"], verbosity=0)
    shutil.rmtree(workdir, ignore_errors=True)


def home_page():
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage

    Locale.objects.get_or_create(language_code="it")
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    for child in root.get_children():
        child.delete()
    home = HomePage(title="Servizio Abitare", slug="home", intro="Ti aiutiamo con la casa.")
    root.add_child(instance=home)
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


def quiet_command():
    class Quiet:
        class stdout:  # noqa: N801
            @staticmethod
            def write(text):
                pass

    return Quiet


SYLLABLES = _split(
    "ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo fu ga ge gi go gu la le li lo lu ma me mi mo "
    "mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi "
    "zo tra tre pre pro con per sto sta"
)


class Words:
    """A Zipf-like vocabulary: filler words, the housing vocabulary and thousands of rarer made-up
    words, so each housing word is in a realistic share of documents (not in nearly all of them)."""

    def __init__(self, rng, size=6000):
        made_up = set()
        while len(made_up) < size:
            made_up.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
        ranked = list(FILLER)
        made_up = sorted(made_up)
        rng.shuffle(made_up)
        # Housing words sit among the common-but-not-filler ranks, as in a housing site's text.
        housing = list(VOCABULARY)
        rng.shuffle(housing)
        ranked += made_up[:60] + housing + made_up[60:]
        self.words = ranked
        self.weights = [1 / (rank + 1) ** 1.05 for rank in range(len(ranked))]
        self.rng = rng

    def sentence(self):
        words = self.rng.choices(self.words, weights=self.weights, k=self.rng.randint(8, 18))
        return " ".join(words).capitalize() + "."

    def title(self):
        return " ".join(self.rng.choices(VOCABULARY, k=self.rng.randint(2, 4))).capitalize()


def generate_pages(parent, count, seed=1):
    """``count`` ContentPages of plausible housing vocabulary, inserted in bulk (no search signals)."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone

    from wagtail.models import Locale, Page

    from home.models import ContentPage

    rng = random.Random(seed)
    words = Words(rng)
    content_type = ContentType.objects.get_for_model(ContentPage)
    locale = Locale.objects.get(language_code="it")
    parent.refresh_from_db()
    first_step = parent.numchild + 1
    now = timezone.now()
    pages = []
    extra = []
    for offset in range(count):
        step = first_step + offset
        title = words.title()
        slug = f"generata-{step}"
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                path=Page._get_path(parent.path, parent.depth + 1, step),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                locale=locale,
                translation_key=uuid.uuid4(),
            )
        )
        summary = " ".join(words.sentence() for _ in range(2))
        body = "".join(
            f"<p>{' '.join(words.sentence() for _ in range(4))}</p>" for _ in range(rng.randint(3, 8))
        )
        extra.append((summary, body))
    with transaction.atomic():
        created = Page.objects.bulk_create(pages, batch_size=500)
        if not created or created[0].pk is None:  # backends that don't return ids
            created = list(Page.objects.filter(slug__startswith="generata-").order_by("path"))[-count:]
        table = ContentPage._meta.db_table
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} (page_ptr_id, summary, body) VALUES (%s, %s, %s)",  # noqa: S608
                [(page.pk, summary, body) for page, (summary, body) in zip(created, extra, strict=True)],
            )
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)
    parent.refresh_from_db()
    return created


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]
