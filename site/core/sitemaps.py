"""One sitemap per language, each page with its hreflang alternates (and x-default: Italian).

``/sitemap.xml`` is the index; ``/sitemap-<language>.xml`` lists the live, public pages of that
language's tree (the translation of the site's home page). Every page names its translations
(``<xhtml:link rel="alternate" hreflang>``), so search engines show each reader their own language.
Languages without translated pages (their readers see the Italian pages) get no sitemap.
"""

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.http import Http404

from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.models import Locale, Page


class LocaleSitemap(Sitemap):
    """The pages of one language, with their translations as alternates."""

    def __init__(self, request, locale):
        super().__init__(request)
        self.locale = locale

    def root(self):
        return self.get_wagtail_site().root_page.get_translation_or_none(self.locale)

    def items(self):
        root = self.root()
        if root is None:
            return Page.objects.none()
        return (
            root.get_descendants(inclusive=True)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        translations = {}
        siblings = (
            Page.objects.filter(translation_key__in=[p.translation_key for p in pages])
            .live()
            .public()
            .select_related("locale")
            .order_by("locale__language_code")
        )
        for sibling in siblings:
            translations.setdefault(sibling.translation_key, []).append(sibling)
        urls, last_mods = [], set()
        for item in pages:
            alternates = []
            for sibling in translations.get(item.translation_key, []):
                location = sibling.get_full_url(self.request)
                if location is None:
                    continue
                code = sibling.locale.language_code
                alternates.append({"lang_code": code, "location": location})
                if code == settings.LANGUAGE_CODE:
                    alternates.append({"lang_code": "x-default", "location": location})
            for info in item.get_sitemap_urls(self.request):
                info = dict(info)
                if len(translations.get(item.translation_key, [])) > 1:  # only pages with translations
                    info["alternates"] = alternates
                urls.append(info)
                last_mods.add(info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def sitemaps_for(request):
    """The languages that have pages, in the order of settings.LANGUAGES."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    found = {}
    for code, _name in settings.LANGUAGES:
        if code in locales:
            sitemap = LocaleSitemap(request, locales[code])
            if sitemap.root() is not None:
                found[code] = sitemap
    return found


def index(request):
    return sitemap_views.index(request, sitemaps_for(request), sitemap_url_name="sitemap_language")


def language(request, section):
    sitemaps = sitemaps_for(request)
    if section not in sitemaps:
        raise Http404
    return sitemap_views.sitemap(request, {section: sitemaps[section]}, section=section)
