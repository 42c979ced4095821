from django import forms, template

register = template.Library()


@register.filter
def field_anchor(bound_field):
    """The id an error summary links to: the field, or the first option of a radio group."""
    if isinstance(bound_field.field.widget, forms.RadioSelect | forms.CheckboxSelectMultiple):
        return f"{bound_field.auto_id}_0"
    return bound_field.auto_id


@register.inclusion_tag("booking/includes/error_summary.html")
def error_summary(*forms_):
    """The errors of the given forms, summarised at the top of the page and linked to the fields."""
    items = []
    for form in forms_:
        if not form or not getattr(form, "errors", None):
            continue
        for error in form.non_field_errors():
            items.append((None, error))
        for field in form:
            for error in field.errors:
                items.append((field_anchor(field), error))
    return {"items": items}


@register.simple_tag
def sportelli_near(partner):
    """The active sportelli in the municipalities where ``partner`` has a place (partner pages)."""
    from booking.models import Sportello

    ids = {place.municipality_id for place in partner.locations.all() if place.municipality_id}
    if not ids:
        return []
    return list(Sportello.objects.filter(active=True, municipality_id__in=ids).order_by("name"))
