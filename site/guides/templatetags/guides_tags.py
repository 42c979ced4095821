from django import template

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
