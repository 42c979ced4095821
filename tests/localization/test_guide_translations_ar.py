"""The Arabic demo translations of the guides: one complete PO file per guide, markup kept, and
once loaded each guide reads in Arabic under /ar/ with every segment translated."""

import re

from django.core.management import call_command

from wagtail.models import Locale, Page

import pytest
import yaml

from core import translations

GUIDES = {
    path.stem: path
    for path in sorted((translations.TRANSLATIONS_DIR.parent / "guides").glob("*/*.yaml"))
    if not path.stem.startswith("_")
}
# senza-casa-stanotte was translated before the others, with the topic pages.
LATER = set(GUIDES) - {"senza-casa-stanotte"}
TAG = re.compile(r"</?[a-z]+[^>]*>")


def test_every_guide_has_a_complete_arabic_file_that_keeps_the_markup():
    files = translations.translation_files("ar")
    assert set(GUIDES) <= set(files)
    for slug, path in GUIDES.items():
        po = files[slug]
        assert not po.untranslated_entries() and not po.fuzzy_entries(), slug
        assert po.metadata["Last-Translator"] == "Demo translation, awaiting review", slug
        title = yaml.safe_load(path.read_text())["title"]
        assert po.find(title) is not None and po.find(title).msgstr != title, slug
        for entry in po:
            assert sorted(TAG.findall(entry.msgstr)) == sorted(TAG.findall(entry.msgid)), (slug, entry.msgid)


@pytest.mark.django_db
def test_the_guides_read_in_arabic_with_every_segment_translated(client, django_capture_on_commit_callbacks):
    from wagtail_localize.models import StringSegment, TranslationSource

    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    arabic = Locale.objects.get(language_code="ar")
    files = translations.translation_files("ar")
    guides = Page.objects.filter(locale=Locale.get_default(), slug__in=LATER).order_by("path").specific()
    assert {guide.slug for guide in guides} == LATER

    # Every text the translation editor shows for each guide has its Arabic translation.
    for guide in guides:
        source, _ = TranslationSource.get_or_create_from_instance(guide)
        segments = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
        translated = {entry.msgid for entry in files[guide.slug] if entry.msgstr}
        assert segments - translated == set(), guide.slug

    # One guide per topic, loaded as `load_demo_translations` does, reads in Arabic under /ar/.
    one_per_topic = {guide.get_parent().slug: guide for guide in guides}.values()
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        for guide in one_per_topic:  # their parents are copied untranslated
            translations.translate_page(guide, arabic, files[guide.slug])
    for guide in one_per_topic:
        page = guide.get_translation(arabic)
        assert page.live and page.url.startswith("/ar/guide/"), guide.slug
        response = client.get(page.url)
        assert response.status_code == 200, guide.slug
        html = response.content.decode()
        assert 'lang="ar"' in html and 'dir="rtl"' in html, guide.slug
        assert files[guide.slug].find(guide.title).msgstr in html, guide.slug
        assert "كيف يساعدك المكتب" in html, guide.slug  # "Come ti aiuta lo sportello", in every guide
        assert "Come ti aiuta lo sportello" not in html, guide.slug
