from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from core import cache as page_cache
from core.models import SiteSettings

from . import opendata, ordering, services
from .forms import DirectoryFilterForm, ErrorReportForm
from .models import localize
from .vocabulary import SERVICE_TYPE_LABELS

DIRECTORY_PAGE_SIZE = 25


@require_GET
def directory(request):
    choices = services.filter_choices()
    form = DirectoryFilterForm(request.GET or None, **choices)
    filters = form.filters()
    partners = services.search_directory(**filters)
    if filters.get("municipality") is not None:
        partners = ordering.own_comune_first(partners, filters["municipality"])
    print_mode = request.GET.get("stampa") == "1"
    # One page at a time: the cost of the list does not grow with the network. The printed list is
    # whole (it is for taking away).
    page = None
    if not print_mode:
        page = Paginator(partners, DIRECTORY_PAGE_SIZE).get_page(request.GET.get("pagina"))
        partners = page.object_list
    # Without filters (no query string) the list is the same for everyone: the page cache may keep
    # it; any partner, municipality or language change empties that cache.
    page_cache.allow_caching(request)
    context = {
        "form": form,
        "partners": localize(partners),
        "total": page.paginator.count if page else len(partners),
        "results_page": page,  # not "page": base.html reads that as the Wagtail page
        "page_query": _query_with(request, pagina=None),
        "filters": filters,
        "filtered": any(filters.values()),
        "service_type_label": SERVICE_TYPE_LABELS.get(filters.get("service_type", "")),
        "print_mode": print_mode,
        "print_query": _query_with(request, stampa="1"),
        "screen_query": _query_with(request, stampa=None),
    }
    return render(request, "partners/directory.html", context)


def _query_with(request, **changes):
    query = request.GET.copy()
    for key, value in changes.items():
        if value is None:
            query.pop(key, None)
        else:
            query[key] = value
    return query.urlencode()


def directory_breadcrumb():
    return [("Trova aiuto", reverse("partners:directory"))]


def _public_partner(slug):
    partner = services.public_partners().filter(slug=slug).first()
    if partner is None:
        raise Http404("Partner non trovato")
    return localize([partner])[0]


@require_GET
def detail(request, slug):
    partner = _public_partner(slug)
    return render(
        request,
        "partners/partner_detail.html",
        {
            "partner": partner,
            "related_guides": services.related_guides(partner),
            "report_form": ErrorReportForm(),
            "report_sent": request.GET.get("segnalazione") == "inviata",
            "breadcrumb_parents": directory_breadcrumb(),
        },
    )


@require_http_methods(["GET", "POST"])
def report_error(request, slug):
    partner = _public_partner(slug)
    form = ErrorReportForm(request.POST or None)
    rate_limited = False
    if request.method == "POST":
        if form.is_spam():
            # Say nothing to the robot: it looks like success, nothing is stored or sent.
            return redirect(_sent_url(partner))
        if form.is_valid():
            if services.error_report_allowed(request.META.get("REMOTE_ADDR", "")):
                notify = SiteSettings.for_request(request).email
                services.record_error_report(
                    partner, form.cleaned_data["message"], form.cleaned_data["email"], notify_address=notify
                )
                return redirect(_sent_url(partner))
            rate_limited = True
    status = 429 if rate_limited else (400 if form.is_bound else 200)
    return render(
        request,
        "partners/report_error.html",
        {
            "partner": partner,
            "report_form": form,
            "rate_limited": rate_limited,
            "breadcrumb_parents": [*directory_breadcrumb(), (partner.name, partner.get_absolute_url())],
        },
        status=status,
    )


def _sent_url(partner):
    return reverse("partners:detail", kwargs={"slug": partner.slug}) + "?segnalazione=inviata#segnala"


@require_GET
def open_data_json(request):
    document = opendata.directory_json(services.public_partners(), request=request)
    response = JsonResponse(document, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Access-Control-Allow-Origin"] = "*"
    response["Content-Disposition"] = 'inline; filename="partner-servizio-abitare.json"'
    return response


@require_GET
def open_data_csv(request):
    response = HttpResponse(
        opendata.directory_csv(services.public_partners()), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="partner-servizio-abitare.csv"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
