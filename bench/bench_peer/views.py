from django.contrib.auth import get_user_model
from django.http import Http404
from django.template.response import TemplateResponse

from wagtail.models import Page


def blog_page(request, slug):
    """A bakerydemo-like blog page for the live page ``slug``."""
    page = Page.objects.live().public().filter(slug=slug).first()
    if page is None:
        raise Http404
    page = page.specific
    authors = list(get_user_model().objects.filter(pk=page.owner_id).only("first_name", "last_name"))
    tags = list(page.get_siblings(inclusive=False).live().values_list("title", flat=True)[:5])
    return TemplateResponse(
        request,
        "bench_peer/blog_page.html",
        {"page": page, "self": page, "authors": authors, "tags": tags, "request": request},
    )


def urlpatterns():
    from django.urls import path

    return [path("_bench/peer/<slug:slug>/", blog_page, name="bench_peer_blog_page")]
