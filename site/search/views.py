from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from core.topics import TOPICS

from . import result_cache, services
from .forms import SearchForm


@require_GET
def search(request):
    form = SearchForm(request.GET)
    query, type_key, topic = form.values()
    outcome = services.run_search(
        request, query, type_key=type_key, topic=topic, page_number=request.GET.get("pagina")
    )
    page_key = result_cache.page_key(request, outcome)
    if page_key is not None and (stored := result_cache.get_page(page_key)) is not None:
        return stored
    context = {
        "form": form,
        "outcome": outcome,
        "search_query": query,
        "hide_site_search": True,  # one search box on the search page: its own, with the filters
        "topics": TOPICS,
    }
    response = render(request, "search/search.html", context)
    if page_key is not None:
        result_cache.store_page(page_key, response)
    return response


@require_GET
def suggestions(request):
    results = services.autocomplete(request, request.GET.get("q", ""))
    response = JsonResponse({"results": results})
    response["Cache-Control"] = "private, max-age=60"
    return response
