"""Demo guides: the index, the four topic pages, the guides, the glossary, the editorial workflow.

The texts live in ``guides.demo_data`` (shape: GUIDES_DATA_CONTRACT.md); this module only turns
them into pages, blocks and snippets. Idempotent: what exists (matched by slug or term) is left
as it is, so running it twice changes nothing.
"""

import datetime
import importlib
import importlib.util

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

from core.sanitize import clean_rich_text
from guides.blocks import PARAGRAPH_FEATURES as RICH_TEXT_FEATURES
from guides.models import GlossaryTerm, GuideIndexPage, GuidePage, GuideRelatedGuide, GuideTopicPage
from home.models import HomePage

EDITORS_GROUP = "Redazione"
WORKFLOW_NAME = "Revisione delle guide"
TASK_NAME = "Approvazione della Redazione"


def load(command, data=None):
    if data is None:
        if importlib.util.find_spec("guides.demo_data") is None:
            command.stdout.write("- guide: guides.demo_data non c'è ancora, salto")
            return
        data = importlib.import_module("guides.demo_data")
    home = HomePage.objects.first()
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
        index = home.add_child(
            instance=GuideIndexPage(title=spec["title"], slug="guide", intro=spec["intro"])
        )
        index.save_revision().publish()
    return index


def _topic(index, spec):
    page = GuideTopicPage.objects.child_of(index).filter(topic=spec["topic"]).first()
    if page is None:
        page = index.add_child(
            instance=GuideTopicPage(
                title=spec["title"], slug=spec["topic"], topic=spec["topic"], intro=spec["intro"]
            )
        )
        page.save_revision().publish()
    return page


def _glossary(specs):
    for spec in specs:
        if not GlossaryTerm.objects.filter(term__iexact=spec["term"]).exists():
            GlossaryTerm.objects.create(
                term=spec["term"],
                variants="\n".join(spec.get("variants", [])),
                definition=spec["definition"],
            )
    return len(specs)


def _guide(topic_page, spec):
    guide = GuidePage.objects.child_of(topic_page).filter(slug=spec["slug"]).first()
    if guide is not None:
        return guide, False
    guide = topic_page.add_child(
        instance=GuidePage(
            title=spec["title"],
            slug=spec["slug"],
            summary=spec["summary"],
            audience=spec["audience"],
            search_description=spec.get("search_description", ""),
            last_reviewed=datetime.date.fromisoformat(spec["reviewed"]),
            review_by=datetime.date.fromisoformat(spec["review_by"]),
            body=[_block(kind, value) for kind, value in spec["body"]],
        )
    )
    return guide, True


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
