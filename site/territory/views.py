from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from core import ratelimit

from . import charts, opendata, privacy
from .forms import VacantBuildingForm
from .models import ObservatorySnapshot

RATE_LIMIT = 5  # reports per address per window
RATE_WINDOW = 60 * 60


@require_http_methods(["GET", "POST"])
def report(request):
    form = VacantBuildingForm(request.POST or None)
    rate_limited = False
    if request.method == "POST":
        if form.is_spam():
            # Say nothing to the robot: it looks like success, nothing is stored.
            return redirect("territory:thanks")
        if form.is_valid():
            if not ratelimit.hit(
                "vacant-building", ratelimit.client_address(request), limit=RATE_LIMIT, window=RATE_WINDOW
            ):
                form.save()
                return redirect("territory:thanks")
            rate_limited = True
    status = 429 if rate_limited else (400 if form.is_bound else 200)
    return render(
        request, "territory/report.html", {"form": form, "rate_limited": rate_limited}, status=status
    )


@require_GET
def thanks(request):
    return render(request, "territory/thanks.html")


def _chart_tables(snapshot):
    tables = []
    for item in snapshot.published.get("tables", []):
        tables.append({**item, "chart": charts.bar_chart(item), "summary": charts.summary(item)})
    return tables


DATASET_HEADINGS = {
    "appuntamenti": "Appuntamenti allo sportello",
    "invii": "Invii ai partner della rete",
    "ricerche": "Ricerche sul sito senza risultati",
    "valutazioni": "Valutazioni delle pagine",
    "immobili": "Immobili sfitti e da recuperare segnalati",
}


@require_GET
def observatory(request):
    snapshots = list(ObservatorySnapshot.objects.order_by("-year", "-quarter"))
    chosen = request.GET.get("trimestre", "")
    snapshot = next((s for s in snapshots if s.slug == chosen), snapshots[0] if snapshots else None)
    groups = []
    if snapshot:
        for item in _chart_tables(snapshot):
            if not groups or groups[-1]["dataset"] != item["dataset"]:
                groups.append(
                    {
                        "dataset": item["dataset"],
                        "heading": DATASET_HEADINGS.get(item["dataset"], item["dataset"]),
                        "tables": [],
                    }
                )
            groups[-1]["tables"].append(item)
    return render(
        request,
        "territory/observatory.html",
        {
            "snapshots": snapshots,
            "snapshot": snapshot,
            "groups": groups,
            "min_cell": privacy.MIN_CELL,
            "csv_columns": opendata.CSV_COLUMNS,
        },
    )


def _open_response(response, filename, disposition="inline"):
    response["Access-Control-Allow-Origin"] = "*"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def _published():
    return list(ObservatorySnapshot.objects.order_by("year", "quarter"))


@require_GET
def open_data_json(request):
    schema_url = request.build_absolute_uri(reverse("territory:schema_json"))
    document = opendata.document(_published(), schema_url=schema_url)
    response = JsonResponse(document, json_dumps_params={"ensure_ascii": False, "indent": 1})
    return _open_response(response, "osservatorio-abitare.json")


@require_GET
def open_data_csv(request):
    response = HttpResponse(opendata.to_csv(_published()), content_type="text/csv; charset=utf-8")
    return _open_response(response, "osservatorio-abitare.csv", "attachment")


@require_GET
def schema(request, kind):
    if kind == "json":
        body = opendata.json_schema()
    elif kind == "csv":
        body = opendata.csv_schema()
    else:
        raise Http404
    response = JsonResponse(body, json_dumps_params={"ensure_ascii": False, "indent": 1})
    return _open_response(response, f"osservatorio-abitare.schema-{kind}.json")
