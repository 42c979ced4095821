"""Demo guides: the index, the four topic pages, the guides, the glossary, the editorial workflow.

The texts live in YAML files under ``content/`` (see docs/guides.md, "Content as data"):

- ``content/guides/_index.yaml``: the index page (title, intro);
- ``content/guides/<topic>/_topic.yaml``: a topic page (title, intro, ``guides``: the order of its guides);
- ``content/guides/<topic>/<slug>.yaml``: a guide; every key that is a field of ``GuidePage`` is set
  (``summary``, ``audience``, ``last_reviewed``...), plus ``body`` (a list of ``{block type: value}``)
  and ``related`` (slugs of other guides);
- ``content/glossary/<word>.yaml``: a glossary word (term, variants, definition).

This module only turns them into pages, blocks and snippets. Idempotent: what exists (matched by
slug or term) is left as it is, so running it twice changes nothing.
"""

import datetime
from types import SimpleNamespace

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from core import content
from core.sanitize import clean_rich_text
from guides.blocks import PARAGRAPH_FEATURES as RICH_TEXT_FEATURES
from guides.models import GlossaryTerm, GuideIndexPage, GuidePage, GuideRelatedGuide, GuideTopicPage

EDITORS_GROUP = "Redazione"
WORKFLOW_NAME = "Revisione delle guide"
TASK_NAME = "Approvazione della Redazione"


# Keys of a guide file that are not copied as they are onto the page.
GUIDE_KEYS_HANDLED = {"slug", "topic", "body", "related", "reviewed", "last_reviewed", "review_by"}


def read_content(root=None):
    """The guides' content files as the loader's data: INDEX, TOPICS, GLOSSARY, GUIDES."""
    index = content.read_meta("guides", root=root)
    if not index:
        return None
    topics, guides = [], []
    for topic in sorted(content.subfolders("guides", root=root), key=_topic_position):
        meta = content.read_meta(f"guides/{topic}", root=root, name="_topic")
        order = {slug: position for position, slug in enumerate(meta.pop("guides", []))}
        topics.append({"topic": topic, **meta})
        items = sorted(
            content.read(f"guides/{topic}", root=root), key=lambda i: (order.get(i.name, 1e9), i.name)
        )
        for item in items:
            spec = dict(item.data)
            spec["body"] = [_pair(block) for block in spec.get("body", [])]
            guides.append({"topic": topic, "slug": item.name, **spec})
    glossary = [item.data for item in content.read("glossary", root=root)]
    return SimpleNamespace(INDEX=index, TOPICS=topics, GLOSSARY=glossary, GUIDES=guides)


def _topic_position(slug):
    from guides.models import TOPIC_ORDER

    return (TOPIC_ORDER.get(slug, len(TOPIC_ORDER)), slug)


def _pair(block):
    """``{block type: value}`` in a file, ``(block type, value)`` for the loader."""
    if isinstance(block, dict) and len(block) == 1:
        return next(iter(block.items()))
    raise ValueError(f"a body block is one 'type: value' pair, not {block!r}")


def load(command, data=None):
    if data is None:
        data = read_content()
        if data is None:
            command.stdout.write("- guide: la cartella content/guides non c'è, salto")
            return
    # The home app imports guides (its page lists the topics): look its model up, do not import it.
    home = apps.get_model("home", "HomePage").objects.first()
    if home is None:
        return
    index = _index(home, data.INDEX)
    topics = {spec["topic"]: _topic(index, spec) for spec in data.TOPICS}
    terms = _glossary(data.GLOSSARY)
    created = []
    guides = {}
    for spec in data.GUIDES:
        guide, is_new = _guide(topics[spec["topic"]], spec)
        guides[spec["slug"]] = guide
        if is_new:
            created.append((guide, spec))
    for guide, spec in created:
        for order, slug in enumerate(spec.get("related", [])):
            if slug in guides and slug != spec["slug"]:
                GuideRelatedGuide.objects.create(page=guide, guide=guides[slug], sort_order=order)
        guide.save_revision().publish()
    _workflow(index)
    command.stdout.write(
        f"- guide: {len(guides)} guide in {len(topics)} argomenti, {terms} parole nel glossario"
    )


def _index(home, spec):
    index = GuideIndexPage.objects.child_of(home).first()
    if index is None:
        index = GuideIndexPage(slug="guide")
        content.set_fields(index, spec, source="guides/_index")
        index = home.add_child(instance=index)
        index.save_revision().publish()
    return index


def _topic(index, spec):
    page = GuideTopicPage.objects.child_of(index).filter(topic=spec["topic"]).first()
    if page is None:
        page = GuideTopicPage(slug=spec["topic"])
        content.set_fields(page, spec, source=f"guides/{spec['topic']}")
        page = index.add_child(instance=page)
        page.save_revision().publish()
    return page


def _glossary(specs):
    for spec in specs:
        if not GlossaryTerm.objects.filter(term__iexact=spec["term"]).exists():
            term = GlossaryTerm(variants="\n".join(spec.get("variants", [])))
            content.set_fields(term, spec, skip={"variants"}, source=f"glossary: {spec['term']}")
            term.save()
    return len(specs)


def _guide(topic_page, spec):
    guide = GuidePage.objects.child_of(topic_page).filter(slug=spec["slug"]).first()
    if guide is not None:
        return guide, False
    guide = GuidePage(
        slug=spec["slug"],
        last_reviewed=_date(spec.get("last_reviewed", spec.get("reviewed"))),
        review_by=_date(spec["review_by"]),
        body=[_block(kind, value) for kind, value in spec["body"]],
    )
    content.set_fields(guide, spec, skip=GUIDE_KEYS_HANDLED, source=f"guides/{spec['slug']}")
    guide = topic_page.add_child(instance=guide)
    return guide, True


def _date(value):
    return value if isinstance(value, datetime.date) else datetime.date.fromisoformat(value)


def _clean(html):
    """Rich text from the data file is cleaned as the editor would clean it (bold, links, lists)."""
    return clean_rich_text(html, RICH_TEXT_FEATURES)


def _block(kind, value):
    """A (block type, value) pair of the data contract as the stream's raw JSON form."""
    if kind == "paragraph":
        value = _clean(value)
    elif kind == "steps":
        value = {**value, "steps": [{**step, "text": _clean(step["text"])} for step in value["steps"]]}
    elif kind == "callout":
        value = {**value, "text": _clean(value["text"])}
    elif kind == "faq":
        value = {**value, "items": [{**item, "answer": _clean(item["answer"])} for item in value["items"]]}
    elif kind == "deadline":
        value = {**value, "what": _clean(value["what"])}
    elif kind == "table":
        value = {**value, "rows": [{"cells": list(row)} for row in value["rows"]]}
    elif kind == "document":
        value = {"document": _document(value).pk, "title": value["title"]}
    elif kind == "contact":
        value = {
            "source": value.get("source", "sportello"),
            "title": value.get("title", "Chi ti può aiutare"),
        }
    return {"type": kind, "value": value}


def _document(spec):
    Document = get_document_model()
    document = Document.objects.filter(title=spec["title"]).first()
    if document is None:
        content = spec["text"].encode("utf-8")
        document = Document(
            title=spec["title"], collection=Collection.get_first_root_node(), file_size=len(content)
        )
        document.file.save(spec["filename"], ContentFile(content), save=False)
        document.save()
    return document


def _workflow(index):
    """Guides go through the Redazione's approval before they are published."""
    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for codename in ["add_page", "change_page", "publish_page"]:
        GroupPagePermission.objects.get_or_create(
            group=group, page=index, permission=Permission.objects.get(codename=codename)
        )
    for codename in ["add_glossaryterm", "change_glossaryterm"]:
        group.permissions.add(Permission.objects.get(content_type__app_label="guides", codename=codename))

    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
        task.groups.set([group])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if not WorkflowPage.objects.filter(page=index).exists():
        WorkflowPage.objects.create(page=index, workflow=workflow)
