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
    """The live tools of a topic, as ``(title, url)``, for the guides of that topic.

    Guide pages have a query budget, so the list is kept in the cache under the page cache's
    generation, which publishing or unpublishing a tool bumps (``tools.apps``). A miss costs two
    queries: the pages whose tool row has the topic (one subquery per tool type) and Wagtail's
    check of view restrictions."""
    from django.core.cache import cache
    from django.db.models import Q

    from wagtail.models import Page, Site

    from core.cache import generation
    from tools.models import TOOL_MODELS

    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    key = f"tools:for-topic:{generation()}:{site.pk if site else 0}:{topic}"
    tools = cache.get(key)
    if tools is None:
        matches = Q()
        for model in TOOL_MODELS:
            matches |= Q(pk__in=model.objects.filter(topic=topic).values("pk"))
        pages = Page.objects.live().public().filter(matches).order_by("path")
        tools = [
            (page.title, page.get_url(request)) for page in pages.only("title", "url_path", "path", "depth")
        ]
        cache.set(key, tools, 24 * 60 * 60)
    return {"tools": tools}


@register.filter
def euro(amount):
    from tools.logic import euro as format_euro

    return format_euro(amount) if amount not in (None, "") else ""
