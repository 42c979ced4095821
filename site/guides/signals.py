"""Keep derived data right: a moved guide's ``topic``, the cached glossary."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.signals import post_page_move


@receiver(post_page_move)
def update_topic_after_move(sender, instance, parent_page_after, **kwargs):
    from guides.models import GuidePage, GuideTopicPage

    parent = parent_page_after.specific_deferred
    if isinstance(parent, GuideTopicPage) and issubclass(instance.specific_class or object, GuidePage):
        GuidePage.objects.filter(pk=instance.pk).update(topic=parent.topic)


def glossary_changed(sender, **kwargs):
    """A new glossary version now; its indexes built once after commit, off the request (a task)."""
    from guides.glossary import clear_cache
    from guides.tasks import build_glossary_indexes

    clear_cache()
    transaction.on_commit(build_glossary_indexes.enqueue)  # after many saves, the first builds, the rest skip


def connect_glossary_cache():
    from guides.models import GlossaryTerm

    post_save.connect(glossary_changed, sender=GlossaryTerm, dispatch_uid="guides_glossary_saved")
    post_delete.connect(glossary_changed, sender=GlossaryTerm, dispatch_uid="guides_glossary_deleted")
