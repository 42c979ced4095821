"""Keep derived data right: a moved guide's ``topic``, the cached glossary."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.signals import post_page_move


@receiver(post_page_move)
def update_topic_after_move(sender, instance, parent_page_after, **kwargs):
    from guides.models import GuidePage, GuideTopicPage

    parent = parent_page_after.specific_deferred
    if isinstance(parent, GuideTopicPage) and issubclass(instance.specific_class or object, GuidePage):
        GuidePage.objects.filter(pk=instance.pk).update(topic=parent.topic)


def connect_glossary_cache():
    from guides.glossary import clear_cache
    from guides.models import GlossaryTerm

    post_save.connect(clear_cache, sender=GlossaryTerm, dispatch_uid="guides_glossary_saved")
    post_delete.connect(clear_cache, sender=GlossaryTerm, dispatch_uid="guides_glossary_deleted")
