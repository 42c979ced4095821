import pytest
from bs4 import BeautifulSoup

from guides.glossary import Glossary
from guides.models import GlossaryTerm

TERMS = [
    {"term": "ISEE", "variants": ["indicatore ISEE"], "definition": "Un numero sui soldi della famiglia."},
    {"term": "canone concordato", "variants": [], "definition": "Un affitto più basso."},
    {"term": "canone", "variants": [], "definition": "L'affitto."},
]


def marked(html, terms=TERMS):
    return BeautifulSoup(str(Glossary.from_terms(terms).mark(html)), "html.parser")


def test_first_occurrence_only_case_insensitive_whole_words():
    html = marked("<p>Serve l'isee. Poi un altro ISEE. Le ISEEX no.</p>")
    links = html.select("button.glossary-term")
    assert [a.get_text() for a in links] == ["isee"]
    assert links[0]["popovertarget"] == "glossario-isee-pop"
    assert links[0]["aria-describedby"] == "glossario-isee-def"
    # The definition opens in place, right after the word, with a way to close it.
    popover = html.find(id="glossario-isee-pop")
    assert popover.has_attr("popover") and popover.find_previous_sibling() is links[0]
    assert "Un numero sui soldi della famiglia." in popover.get_text()
    assert popover.find("button", string="Chiudi")["popovertargetaction"] == "hide"
    for popover in html.select("[popover]"):
        popover.decompose()
    assert html.get_text() == "Serve l'isee. Poi un altro ISEE. Le ISEEX no."


def test_variants_and_longest_match_win():
    html = marked("<p>Con il canone  concordato paghi meno. Il canone si paga ogni mese.</p>")
    assert [(a.get_text(), a["popovertarget"]) for a in html.select("button.glossary-term")] == [
        ("canone  concordato", "glossario-canone-concordato-pop"),
        ("canone", "glossario-canone-pop"),
    ]
    html = marked("<p>Chiedi l'indicatore ISEE al CAF.</p>")
    assert html.button.get_text() == "indicatore ISEE"


def test_never_inside_links_headings_or_faq_questions():
    html = marked(
        "<h2>Cos'è l'ISEE</h2><p><a href=\"/x/\">Il tuo ISEE</a></p>"
        "<details><summary>Serve l'ISEE?</summary><p>Sì, serve l'ISEE.</p></details>"
    )
    links = html.select("button.glossary-term")
    assert len(links) == 1
    assert links[0].parent.name == "p" and links[0].find_parent("details")
    assert html.h2.get_text() == "Cos'è l'ISEE" and not html.h2.a
    assert html.find("a", href="/x/").get_text() == "Il tuo ISEE"


def test_sections_marked_no_glossary_are_left_alone():
    html = marked("<section data-no-glossary><p>ISEE</p></section><p>ISEE</p>")
    assert html.section.button is None
    assert html.select("p")[1].button.get_text() == "ISEE"


def test_one_glossary_shares_state_across_sections_of_a_page():
    glossary = Glossary.from_terms(TERMS)
    first = glossary.mark("<p>ISEE</p>")
    second = glossary.mark("<p>ISEE e canone</p>")
    assert "glossary-term" in first
    assert BeautifulSoup(second, "html.parser").button.get_text() == "canone"
    assert [entry.term for entry in glossary.used] == ["ISEE", "canone"]


def test_markup_and_entities_survive():
    source = '<p class="x">Tom &amp; Jerry &lt;3 l&#x27;ISEE<br>riga <b>due</b><!-- nota --></p>'
    html = str(Glossary.from_terms(TERMS).mark(source))
    assert html.startswith(
        '<p class="x">Tom &amp; Jerry &lt;3 l\'<button type="button" class="glossary-term"'
    )
    assert "<br>riga <b>due</b><!-- nota --></p>" in html


def test_phone_numbers_in_the_text_become_tappable_links():
    html = marked(
        "<p>Chiama il 112 o lo 0331 000 0001. Nel 2024 hai pagato 1.200 euro in via Roma 118.</p>"
        '<p><a href="/x/">333 123 4567</a></p>'
    )
    assert [(a.get_text(), a["href"]) for a in html.select("a.tel-link")] == [
        ("112", "tel:112"),
        ("0331 000 0001", "tel:03310000001"),
    ]
    assert "Nel 2024 hai pagato 1.200 euro in via Roma 118." in html.get_text()
    assert Glossary.from_terms([]).mark("<p>Il 333 123 4567.</p>").count("tel:3331234567") == 1


def test_empty_glossary_returns_the_html_unchanged():
    assert Glossary.from_terms([]).mark("<p>ISEE</p>") == "<p>ISEE</p>"


@pytest.mark.django_db
def test_guide_page_explains_terms_once_and_lists_them(client, site_settings, guide, glossary_terms):
    html = BeautifulSoup(client.get(guide.url).content, "html.parser")
    links = html.select("article button.glossary-term")
    # "morosità" first appears in the summary, "ISEE" in "A chi è rivolto"; later uses stay plain.
    assert [(a.get_text(), a.find_parent("section")["class"][0]) for a in links] == [
        ("morosità", "guide__summary"),
        ("ISEE", "guide__audience"),
    ]
    definitions = html.select(".glossary-list dd")
    assert [dd.get_text() for dd in definitions] == [
        "Quando non paghi l'affitto.",
        "Un numero che misura i soldi della famiglia.",
    ]
    for link in links:
        target = html.find(id=link["popovertarget"])
        assert target.name == "span" and target.has_attr("popover")
        assert html.find(id=link["aria-describedby"]).name == "dd"
    assert not html.select("h1 button.glossary-term, h2 button.glossary-term, h3 button.glossary-term")


@pytest.mark.django_db
def test_glossary_edits_show_at_once(client, site_settings, guide, glossary_terms):
    client.get(guide.url)  # fills the cache
    GlossaryTerm.objects.create(term="giudice", definition="Chi decide in tribunale.")
    html = BeautifulSoup(client.get(guide.url).content, "html.parser")
    assert "giudice" in [a.get_text() for a in html.select("button.glossary-term")]
    GlossaryTerm.objects.filter(term="ISEE").delete()  # queryset delete sends post_delete too
    html = BeautifulSoup(client.get(guide.url).content, "html.parser")
    assert "ISEE" not in [a.get_text() for a in html.select("button.glossary-term")]


@pytest.mark.django_db
def test_glossary_terms_are_unique_ignoring_case(glossary_terms):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as error:
        GlossaryTerm(term="isee", definition="Doppione.").full_clean()
    assert "Questa parola è già nel glossario." in str(error.value)


def test_the_list_shows_the_spelling_the_reader_met():
    glossary = Glossary.from_terms(TERMS)
    glossary.mark("<p>Chiedi l'indicatore  ISEE. Poi il canone.</p>")
    assert [(e.matched, e.term, e.is_variant) for e in glossary.used] == [
        ("indicatore ISEE", "ISEE", True),
        ("canone", "canone", False),
    ]


def _regex_spans(spellings, text):
    """The reference semantics: one case-insensitive regex of every spelling, longest first."""
    import re

    spellings = sorted({" ".join(s.split()) for s in spellings if s.strip()}, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, s.split())) for s in spellings)
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)]


def test_the_shared_index_finds_exactly_what_a_regex_of_all_spellings_finds():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from guides.glossary import TermIndex

    words = ["canone", "concordato", "ISEE", "sfratto", "morosità", "fondo", "d'affitto", "e"]
    spelling = st.lists(st.sampled_from(words), min_size=1, max_size=3).map(" ".join)
    pieces = [*words, " ", "  ", ",", ".", "\n", "x", "Canone", "SFRATTO"]
    text = st.lists(st.sampled_from(pieces), max_size=30)

    @settings(max_examples=300, deadline=None)
    @given(st.lists(spelling, min_size=1, max_size=6), text.map("".join))
    def check(spellings, sample):
        index = TermIndex([{"term": s, "definition": "d"} for s in spellings])
        assert list(index.finditer(sample)) == _regex_spans(spellings, sample)

    check()


def test_a_glossary_change_is_indexed_once_after_commit_and_no_render_rebuilds_it(
    guide, glossary_terms, client, site_settings, django_capture_on_commit_callbacks
):
    """Issue 19: the first render after a change must not query and rebuild the glossary. The index
    of the new version is built once after the edit's commit and shared through the cache."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from wagtail.models import Locale

    from guides import glossary

    guide.save_revision().publish()
    term = glossary_terms[1]  # "morosità", in the guide's text
    with django_capture_on_commit_callbacks(execute=True):
        term.definition = "Quando non paghi l'affitto per mesi."
        term.save()
    version = cache.get(glossary.VERSION_KEY)
    for key in Locale.objects.values_list("pk", flat=True):
        assert cache.get(glossary.INDEX_KEY.format(key=key, version=version)) is not None, key
    glossary._shared.clear()  # as in another process, which has not rendered since the change
    with CaptureQueriesContext(connection) as queries:
        response = client.get(guide.url)
    page = BeautifulSoup(response.content, "html.parser")
    assert "Quando non paghi l'affitto per mesi." in page.select_one(".glossary-list").get_text()
    assert not [query["sql"] for query in queries.captured_queries if "guides_glossaryterm" in query["sql"]]
