"""Turn any indexed model instance into the plain text of its search fields.

Used to build Whoosh documents and to take excerpt text from the database for highlighting.
"""

import html
import re

from django.utils.html import strip_tags

from modelsearch.backends.base import get_model_root
from modelsearch.index import AutocompleteField, RelatedFields, SearchField

from .analysis import INDEXED_LANGUAGES, SOURCE_LANGUAGE

_SPACES = re.compile(r"\s+")


def to_text(value):
    """Plain text from a field value: strings, rich text HTML, StreamField content lists, tags."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set)):
        return " ".join(filter(None, (to_text(item) for item in value)))
    if hasattr(value, "all") and callable(value.all):  # a related manager
        return " ".join(to_text(str(item)) for item in value.all())
    text = str(value)
    if "<" in text:
        text = strip_tags(re.sub(r"<(/?(p|li|h\d|br|div|td|tr)\b[^>]*)>", r" <\1> ", text))
    return _SPACES.sub(" ", html.unescape(text)).strip()


def model_label(model):
    return model._meta.label_lower


def content_types(model):
    """The model and each indexed parent model: a Whoosh document matches querysets of any of them."""
    labels = []
    current = model
    while current is not None:
        labels.append(model_label(current))
        current = current.indexed_get_parent()
    return labels


def document_key(model, pk):
    return f"{model_label(get_model_root(model))}:{pk}"


def document_language(obj, locales):
    """The language a document is analysed in: its locale's (an alias page holds the text of the
    page it copies); Italian for models without a locale. ``locales`` caches ``{locale id: code}``."""
    source = getattr(obj, "alias_of", None) if getattr(obj, "alias_of_id", None) else obj
    locale_id = getattr(source, "locale_id", None)
    if locale_id is None:
        return SOURCE_LANGUAGE
    if locale_id not in locales:
        from wagtail.models import Locale

        code = Locale.objects.filter(pk=locale_id).values_list("language_code", flat=True).first()
        locales[locale_id] = code if code in INDEXED_LANGUAGES else SOURCE_LANGUAGE
    return locales[locale_id]


def field_texts(obj):
    """``{field name: (text, is_autocomplete)}`` for every search field of ``obj``'s model."""
    texts = {}
    for field in type(obj).get_search_fields():
        if isinstance(field, (SearchField, AutocompleteField)):
            text = to_text(field.get_value(obj))
            name = field.field_name
            previous, autocomplete = texts.get(name, ("", False))
            texts[name] = (text or previous, autocomplete or isinstance(field, AutocompleteField))
        elif isinstance(field, RelatedFields):
            related = field.get_value(obj)
            items = list(related.all()) if hasattr(related, "all") else [related] if related else []
            for sub in field.fields:
                if isinstance(sub, (SearchField, AutocompleteField)):
                    text = " ".join(to_text(sub.get_value(item)) for item in items)
                    texts[f"{field.field_name}__{sub.field_name}"] = (
                        text,
                        isinstance(sub, AutocompleteField),
                    )
    return texts
