"""Background work of the guides: the glossary's indexes after a change."""

import logging

from django_tasks import task

logger = logging.getLogger("sportello.guides")


@task
def build_glossary_indexes():
    """Build the current glossary's index of every language and share it (``guides.glossary``), so
    no page render pays for it. Failures only log: a render then builds the index itself."""
    from wagtail.models import Locale

    from guides.glossary import build_shared_index
    from guides.models import glossary_terms

    try:
        for locale_id in Locale.objects.values_list("pk", flat=True):  # pages render with their locale
            build_shared_index(
                lambda locale_id=locale_id: glossary_terms(locale_id),
                key=locale_id,
                unless_shared=True,
            )
    except Exception as error:  # noqa: BLE001 - the next render builds what is missing
        logger.warning("glossary indexes not built (%s)", type(error).__name__)
