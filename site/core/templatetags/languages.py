from django import template
from django.conf import settings
from django.utils import translation

from wagtail.models import Page

from core import languages

register = template.Library()


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the same page in every language, each language named in its own language."""
    request = context.get("request")
    entries = languages.alternates(request, context.get("page"))
    return {
        "languages": entries,
        "suggestions": languages.suggestions(entries),
        "cookie_name": settings.LANGUAGE_COOKIE_NAME,
        "supported": " ".join(code for code, _name in settings.LANGUAGES),
    }


@register.inclusion_tag("components/hreflang.html", takes_context=True)
def hreflang_links(context):
    """<link rel="alternate" hreflang> for each real translation of this page."""
    request = context.get("request")
    entries = [e for e in languages.alternates(request, context.get("page")) if e["translated"]]
    base = request.build_absolute_uri("/").rstrip("/") if request is not None else ""
    return {"languages": entries, "base": base, "default_code": settings.LANGUAGE_CODE}


@register.simple_tag
def lang_url(path):
    """A site path in the reader's language: ``{% lang_url "/cerca/" %}`` is /en/cerca/ in English."""
    return languages.prefixed(path)


@register.simple_tag(takes_context=True)
def content_untranslated(context, page):
    """True when the reader's language has no translation of this page (it is shown in Italian)."""
    current = translation.get_language() or settings.LANGUAGE_CODE
    if current == settings.LANGUAGE_CODE or not isinstance(page, Page):
        return False
    own = languages.page_language(context.get("request"), page)
    if own is None:
        own = page.locale.language_code
    return own != current


@register.filter
def localized(page):
    """The page in the reader's language when it exists (no query for Italian readers)."""
    return languages.localized(page)


@register.simple_tag(takes_context=True)
def page_language(context, page):
    """The language code of ``page``'s own text (for its lang attribute)."""
    own = languages.page_language(context.get("request"), page)
    return own or page.locale.language_code


@register.filter
def in_reader_language(site_settings):
    """The site settings with the emergency words in the reader's language (``EmergencyTexts``)."""
    from core.models import localized_settings

    return localized_settings(site_settings, translation.get_language())
