from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import mfa, pagetree, sitemaps

urlpatterns = [
    path("admin/mfa/", include(mfa.urlpatterns)),
    path("admin/", include(wagtailadmin_urls)),
    path("documenti/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-<str:section>.xml", sitemaps.language, name="sitemap_language"),
    path("calendario/", include("operators.feed_urls")),
    path("anymail/", include("anymail.urls")),
]
# Citizen-facing URLs: Italian without prefix (unchanged), the other languages under /en/, /fr/...
urlpatterns += i18n_patterns(
    path("cerca/", include("search.urls")),
    path("partner/", include("partners.urls")),
    path("prenota/", include("booking.urls")),
    path("rete/", include("network.urls")),
    path("valuta/", include("feedback.urls")),
    path("", include("territory.urls")),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

if getattr(settings, "BENCH_VIEWS", False):
    from django.http import HttpResponse

    def bare(request):
        return HttpResponse("ok", content_type="text/plain")

    urlpatterns += [path("_bench/bare/", bare)]
    if "bench_peer" in settings.INSTALLED_APPS:  # only under config.settings.bench
        from bench_peer.views import urlpatterns as peer_urlpatterns

        urlpatterns += peer_urlpatterns()

# Wagtail's page serving stays last: it catches every other path. Its view is wrapped so pages are
# routed from the page tree snapshot (core.pagetree); its other URLs (password, login) are kept.
page_urls = [pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"]
page_urls.append(re_path(wagtail_urls.serve_pattern, pagetree.serve, name="wagtail_serve"))
urlpatterns += i18n_patterns(path("", include(page_urls)), prefix_default_language=False)
