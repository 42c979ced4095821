from django import template
from django.utils.html import format_html

from .. import phones

register = template.Library()


@register.filter
def phone_link(value):
    """A phone number grouped for reading, as a ``tel:`` link with its digits (empty: a dash)."""
    if not value:
        return "—"
    return format_html('<a href="tel:{}">{}</a>', phones.dial(value), phones.readable(value))
