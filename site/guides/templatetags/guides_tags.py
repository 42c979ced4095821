from django import template
from django.utils.formats import date_format
from django.utils.translation import get_language

register = template.Library()


@register.tag("glossary")
def do_glossary(parser, token):
    """``{% glossary %}…{% endglossary %}``: explain glossary terms in the enclosed HTML.

    Uses the ``glossary`` object from the page context (loaded once per render); every
    ``{% glossary %}`` section of a page shares it, so each term is marked only once per page.
    """
    nodelist = parser.parse(("endglossary",))
    parser.delete_first_token()
    return GlossaryNode(nodelist)


class GlossaryNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        output = self.nodelist.render(context)
        glossary = context.get("glossary")
        return glossary.mark(output) if glossary is not None else output


# Languages that write month names in lower case inside a date ("1 dicembre 2026"); Django's
# Italian, Romanian and Ukrainian month names are capitalised because they also serve as titles.
LOWER_CASE_MONTHS = {"it", "fr", "ro"}


@register.filter
def long_date(value):
    """A date the way a sentence writes it: "1 dicembre 2026" in Italian, "1 December 2026" in English."""
    if not value:
        return ""
    language = (get_language() or "it").split("-")[0]
    if language == "uk":
        return date_format(value, "j E Y")  # genitive, lower case: "1 грудня 2026"
    text = date_format(value, "j F Y")
    return text.lower() if language in LOWER_CASE_MONTHS else text
