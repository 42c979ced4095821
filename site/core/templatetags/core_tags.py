from django import template
from django.utils.translation import gettext

from core import pagetree
from core.languages import prefixed
from core.models import tel_href

register = template.Library()


@register.filter
def tel(number):
    """Turn a phone number as written into a tappable ``tel:`` link target."""
    return tel_href(number)


@register.inclusion_tag("components/breadcrumb.html", takes_context=True)
def breadcrumb(context, page=None, current_label=None, parents=()):
    """The path from the home page to here, as (label, url) links plus the current label.

    Pages pass themselves; plain views (booking, search, directory) pass a label and,
    optionally, intermediate ``(label, url)`` pairs.
    """
    request = context.get("request")
    links = []
    if page is not None:
        if page.depth <= 2:
            return {"links": [], "current_label": ""}
        for ancestor in pagetree.ancestors(page):
            if ancestor.depth <= 1:
                continue
            label = gettext("Home") if ancestor.depth == 2 else ancestor.title
            links.append((label, ancestor.get_url(request=request)))
        current_label = current_label or page.title
    else:
        current_label = gettext(current_label) if current_label else current_label
        links.append((gettext("Home"), prefixed("/")))
        links.extend(parents)
    return {"links": links, "current_label": current_label}
