from django import template

register = template.Library()


@register.filter
def described(bound_field):
    """The field's widget linked to its help text and error message for screen readers."""
    ids = []
    if bound_field.help_text:
        ids.append(f"{bound_field.auto_id}_help")
    if bound_field.errors:
        ids.append(f"{bound_field.auto_id}_error")
    attrs = {"aria-describedby": " ".join(ids)} if ids else {}
    if bound_field.errors:
        attrs["aria-invalid"] = "true"
    return bound_field.as_widget(attrs=attrs)


@register.inclusion_tag("tools/includes/guide_tools.html", takes_context=True)
def tools_for_topic(context, topic):
    """The live tools of a topic, for the guides of that topic ("Strumenti utili")."""
    from tools.models import TOOL_MODELS

    found = []
    for model in TOOL_MODELS:
        found.extend(model.objects.live().public().filter(topic=topic).order_by("path"))
    found.sort(key=lambda page: page.path)
    return {"tools": found, "request": context.get("request")}


@register.filter
def euro(amount):
    from tools.logic import euro as format_euro

    return format_euro(amount) if amount not in (None, "") else ""
