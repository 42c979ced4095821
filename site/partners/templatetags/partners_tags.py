from django import template

from partners.hours import describe_row

register = template.Library()


@register.filter
def opening_hours_text(value):
    """One opening-hours row in words: "Dal lunedì al venerdì, 9:00–12:00"."""
    return describe_row(value)


@register.inclusion_tag("partners/includes/partner_list.html", takes_context=True)
def partner_list(context, partners, heading_level=3, highlight=""):
    """A list of directory entries, e.g. on a guide page: ``{% partner_list partners %}``.

    ``partners`` must come from ``partners.services.partners_for_topic`` (prefetched).
    """
    return {
        "request": context.get("request"),
        "partners": partners,
        "heading_level": heading_level,
        "highlight": highlight,
    }
