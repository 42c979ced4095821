from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from core.topics import TOPICS

from . import services
from .forms import SearchForm


@require_GET
def search(request):
    form = SearchForm(request.GET)
    query, type_key, topic = form.values()
    outcome = services.run_search(
        request, query, type_key=type_key, topic=topic, page_number=request.GET.get("pagina")
    )
    context = {
        "form": form,
        "outcome": outcome,
        "search_query": query,
        "hide_site_search": True,  # one search box on the search page: its own, with the filters
        "topics": TOPICS,
    }
    return render(request, "search/search.html", context)


@require_GET
def suggestions(request):
    results = services.autocomplete(request, request.GET.get("q", ""))
    response = JsonResponse({"results": results})
    response["Cache-Control"] = "private, max-age=60"
    return response
