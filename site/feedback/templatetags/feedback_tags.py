"""``{% page_feedback %}``: the page-feedback form for the page being rendered (any Wagtail page)."""

from django import template
from django.urls import reverse

from feedback.forms import FeedbackForm
from feedback.views import THANKS_PARAM, THANKS_VALUE

register = template.Library()


@register.inclusion_tag("feedback/form.html", takes_context=True)
def page_feedback(context, page=None):
    page = page or context.get("page")
    request = context.get("request")
    return {
        "page": page,
        "feedback_url": reverse("feedback:submit", kwargs={"page_id": page.pk}) if page else "",
        # A form with errors comes from the endpoint re-rendering the page; otherwise a fresh one.
        "feedback_form": context.get("feedback_form") or FeedbackForm(),
        "feedback_thanks": request is not None and request.GET.get(THANKS_PARAM) == THANKS_VALUE,
    }
