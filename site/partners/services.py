"""What the directory does, without HTTP: find partners, link guides, take error reports."""

import logging

from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone

from core import ratelimit, related
from core.models import Municipality
from core.topics import TOPICS_BY_SLUG

from .models import ErrorReport, Language, Partner, PartnerService, localize, stale_threshold
from .vocabulary import SERVICE_TYPE_LABELS

logger = logging.getLogger("sportello.partners")

ERROR_REPORTS_PER_HOUR = 5


def public_partners():
    """Published partners with everything an entry shows, prefetched."""
    return Partner.objects.public().for_directory()


def partners_for_topic(topic_slug, municipality=None, *, limit=None, exclude=()):
    """Live, active partners offering the service type ``topic_slug``, ready to render.

    Guides call this with their topic slug (``core.topics``); the result is a list, so a template
    iterating it runs no query of its own (a constant four queries in total). ``limit`` bounds the
    rows read (a guide shows a handful, whatever the size of the network); ``exclude`` skips pks.
    """
    if topic_slug not in SERVICE_TYPE_LABELS:
        return []
    partners = (
        public_partners()
        .active()
        .filter(pk__in=Partner.objects.filter(services__service_type=topic_slug).values("pk"))
    )
    if municipality is not None:
        partners = partners.filter(_serves(municipality))
    if exclude:
        partners = partners.exclude(pk__in=list(exclude))
    partners = partners.order_by("name")
    if limit is not None:
        partners = partners[: max(limit, 0)]
    return localize(partners)


def _serves(municipality):
    """Partners someone living in ``municipality`` can turn to."""
    return Q(serves_whole_district=True) | Q(
        pk__in=Partner.objects.filter(Q(locations__municipality=municipality) | Q(areas=municipality)).values(
            "pk"
        )
    )


def search_directory(service_type="", municipality=None, language=None, text=""):
    """The directory list for the filters a citizen chose (each one optional)."""
    partners = public_partners()
    if service_type:
        partners = partners.filter(
            pk__in=Partner.objects.filter(services__service_type=service_type).values("pk")
        )
    if municipality is not None:
        partners = partners.filter(_serves(municipality))
    if language is not None:
        partners = partners.filter(pk__in=Partner.objects.filter(services__languages=language).values("pk"))
    if text:
        partners = partners.filter(
            Q(name__icontains=text)
            | Q(description__icontains=text)
            | Q(pk__in=Partner.objects.filter(services__description__icontains=text).values("pk"))
        )
    # Closed partners stay listed (people need to know), after the open ones. Ordered in SQL, so a
    # page of the directory reads only its own rows.
    closed_last = Case(When(status=Partner.Status.ACTIVE, then=Value(0)), default=Value(1))
    return partners.annotate(closed_last=closed_last).order_by("closed_last", "name")


def filter_choices():
    """Options of the directory filters: the municipalities of the district (everyone lives in one)
    and only the languages some published partner speaks (no option that can only lead nowhere)."""
    spoken = PartnerService.languages.through.objects.filter(partnerservice__partner__live=True)
    return {
        "municipalities": list(Municipality.objects.filter(in_district=True)),
        "languages": list(Language.objects.filter(pk__in=spoken.values("language_id"))),
    }


def related_guides(partner, limit=6):
    """Live, public guides on the topics this partner helps with (from ``core.related``: the guides
    app registers them; the directory works without it)."""
    topics = [slug for slug in partner.service_types if slug in TOPICS_BY_SLUG]
    return related.pages_for_topics(topics, limit=limit)


def stale_partners(today=None):
    """Partners not verified in the last six months (or never), oldest first."""
    today = today or timezone.localdate()
    # Never verified counts as the oldest of all, on every database.
    return Partner.objects.not_verified_since(stale_threshold(today)).order_by(
        F("verified_on").asc(nulls_first=True), "name"
    )


def error_report_allowed(client_address):
    """Whether this client may send another report this hour (counts the attempt)."""
    return not ratelimit.hit("partner-error-report", client_address, limit=ERROR_REPORTS_PER_HOUR)


def record_error_report(partner, message, email, notify_address):
    """Store a report and, once it is committed, tell the service by e-mail."""
    report = ErrorReport.objects.create(partner=partner, message=message, email=email)
    if notify_address:
        transaction.on_commit(lambda: notify_error_report(report, notify_address))
    return report


def notify_error_report(report, address):
    from django.conf import settings

    admin_url = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/snippets/partners/errorreport/"
    body = (
        f"È arrivata una segnalazione di errore sulla scheda «{report.partner.name}».\n\n"
        f"{report.message}\n\n"
        f"Leggila e segnala come gestita qui: {admin_url}\n"
    )
    try:
        send_mail(f"Segnalazione di errore: {report.partner.name}", body, None, [address])
    except Exception:
        # The report is stored; staff also see it in the admin. Never lose it over e-mail.
        logger.exception("Could not send the notice for error report %s", report.pk)
