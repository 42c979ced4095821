"""Demo synonym groups and promoted searches, read from ``content/synonyms/`` and ``content/promotions/``.

- ``content/synonyms/<first word>.yaml``: ``terms``, the everyday words citizens type next to the
  words the guides use (the first one names the group);
- ``content/promotions/<query>.yaml``: ``query``, ``page`` (the slug of the page shown first, whatever
  the ranking says) and an optional ``description``. Searches of people in crisis get the guide that
  helps tonight (edited by staff under Impostazioni > Risultati promossi).

Idempotent: a group whose first term already exists is left as staff edited it; a promotion of the
same page for the same query is not added twice.
"""

from core import content
from search.models import SynonymGroup


def read_synonyms(root=None):
    return [
        [str(term).strip() for term in item.data["terms"]] for item in content.read("synonyms", root=root)
    ]


def read_promotions(root=None):
    return [item.data for item in content.read("promotions", root=root)]


def load_promotions(command, promotions=None):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion
    from wagtail.models import Page

    created = 0
    for spec in read_promotions() if promotions is None else promotions:
        page = Page.objects.filter(slug=spec["page"]).first()
        if page is None:
            continue
        query = Query.get(spec["query"])
        _, new = SearchPromotion.objects.get_or_create(
            query=query,
            page=page,
            defaults={"sort_order": spec.get("sort_order", 0), "description": spec.get("description", "")},
        )
        created += new
    if created:
        command.stdout.write(f"search: {created} risultati promossi")


def load(command):
    load_promotions(command)
    existing = {group.term_list()[0].lower() for group in SynonymGroup.objects.all() if group.term_list()}
    created = 0
    for terms in read_synonyms():
        if terms and terms[0].lower() not in existing:
            SynonymGroup.objects.create(terms="\n".join(terms))
            created += 1
    if created:
        command.stdout.write(f"search: {created} gruppi di sinonimi")
