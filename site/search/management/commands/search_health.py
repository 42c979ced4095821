"""Compare what the search index holds with what the database says should be indexed.

Exit status 0 when they match, 1 when documents are missing or stale (run ``update_index`` to fix).
Usable from cron or a monitoring check.
"""

from django.core.management.base import BaseCommand, CommandError

from modelsearch.index import get_indexed_models
from wagtail.search.backends import get_search_backend


class Command(BaseCommand):
    help = "Confronta i documenti nell'indice di ricerca con il database (esce con 1 se non coincidono)."

    def add_arguments(self, parser):
        parser.add_argument("--backend", default="default")

    def handle(self, *args, backend, **options):
        search_backend = get_search_backend(backend)
        if not hasattr(search_backend, "document_count"):
            self.stdout.write(
                f"Backend {type(search_backend).__name__}: nessun indice separato da controllare."
            )
            return
        indexed = search_backend.document_count()
        problems = 0
        self.stdout.write(f"{'modello':40} {'database':>9} {'indice':>9} {'mancanti':>9} {'in più':>9}")
        for model in get_indexed_models():
            label = model._meta.label_lower
            expected = {str(pk) for pk in model.get_indexed_objects().values_list("pk", flat=True)}
            found = indexed.pop(label, set())
            missing = expected - found
            stale = found - expected
            problems += len(missing) + len(stale)
            self.stdout.write(
                f"{label:40} {len(expected):>9} {len(found):>9} {len(missing):>9} {len(stale):>9}"
            )
        for label, found in sorted(indexed.items()):
            problems += len(found)
            self.stdout.write(f"{label:40} {0:>9} {len(found):>9} {0:>9} {len(found):>9}")
        if problems:
            raise CommandError(
                f"L'indice non coincide con il database ({problems} documenti da sistemare): "
                "esegui `manage.py update_index`.",
                returncode=1,
            )
        self.stdout.write(self.style.SUCCESS("Indice di ricerca allineato al database."))
