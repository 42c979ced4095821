"""The guides' content files keep the data contract and the easy-read targets.

The YAML files under ``content/guides/`` and ``content/glossary/`` are read here exactly as the
loader reads them (``guides.demo.read_content``): these tests check their
shape (what the loader relies on) and what a reader would notice (readable summaries and bodies,
short sentences, working links between guides, words citizens search for).
"""

import re
from collections import Counter
from datetime import date
from html.parser import HTMLParser

import pytest

from core.topics import TOPICS as CORE_TOPICS
from guides.demo import read_content
from guides.readability import (
    BODY_TARGET,
    LONG_SENTENCE_WORDS,
    SUMMARY_TARGET,
    assess,
    count_words,
    html_to_text,
    split_sentences,
)

demo_data = read_content()  # the files under content/ that the loader reads

GUIDE_KEYS = {
    "topic",
    "slug",
    "title",
    "summary",
    "audience",
    "search_description",
    "last_reviewed",
    "review_by",
    "related",
    "body",
}
# Keys a guide file may add: fields of GuidePage other helpers add (``urgent``: shown first in a crisis).
OPTIONAL_GUIDE_KEYS = {"urgent"}
BLOCK_TYPES = {
    "heading",
    "paragraph",
    "steps",
    "checklist",
    "callout",
    "faq",
    "deadline",
    "table",
    "document",
    "contact",
}
RICH_TEXT_TAGS = {"p", "b", "a", "ul", "ol", "li"}
CALLOUT_KINDS = {"info", "attenzione", "urgente"}
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Two groups of 3+ digits, as in "0331 123456": the texts must carry no phone numbers of their own.
PHONE_RE = re.compile(r"\d{3,}[\s./-]?\d{3,}")

GUIDES = demo_data.GUIDES
GUIDE_IDS = [guide["slug"] for guide in GUIDES]


def body_text(body):
    """The body as the contract reads it: every text of every block, one per line."""
    parts = []
    for kind, value in body:
        if kind == "heading":
            parts.append(value)
        elif kind == "paragraph":
            parts.append(html_to_text(value))
        elif kind == "steps":
            parts.append(value["title"])
            for step in value["steps"]:
                parts += [step["title"], html_to_text(step["text"])]
        elif kind == "checklist":
            parts += [value["title"], *value["items"]]
        elif kind == "callout":
            parts += [value["title"], html_to_text(value["text"])]
        elif kind == "faq":
            parts.append(value["title"])
            for item in value["items"]:
                parts += [item["question"], html_to_text(item["answer"])]
        elif kind == "deadline":
            parts += [value["when"], html_to_text(value["what"])]
        elif kind == "table":
            parts += [value["caption"], *value["header"]]
            for row in value["rows"]:
                parts += row
        elif kind == "document":
            parts.append(value["title"])
    return "\n".join(parts)


def rich_texts(body):
    """Every rich-text (HTML) value of a body."""
    for kind, value in body:
        if kind == "paragraph":
            yield value
        elif kind == "steps":
            yield from (step["text"] for step in value["steps"])
        elif kind == "callout":
            yield value["text"]
        elif kind == "faq":
            yield from (item["answer"] for item in value["items"])
        elif kind == "deadline":
            yield value["what"]


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)


def all_guide_text(guide):
    return "\n".join([guide["title"], guide["summary"], guide["audience"], body_text(guide["body"])])


def spelling_pattern(spelling):
    words = r"\s+".join(map(re.escape, spelling.split()))
    return re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)


def test_index_and_topics_follow_the_shared_topics():
    assert demo_data.INDEX["title"] == "Guide"
    assert demo_data.INDEX["intro"]
    assert [topic["topic"] for topic in demo_data.TOPICS] == [topic.slug for topic in CORE_TOPICS]
    for topic in demo_data.TOPICS:
        assert topic["title"] and topic["intro"]
        assert assess(topic["intro"], SUMMARY_TARGET).ok, topic["topic"]


def test_glossary_has_enough_plain_terms_each_spelled_once():
    assert len(demo_data.GLOSSARY) >= 25
    owners = Counter()
    for entry in demo_data.GLOSSARY:
        assert set(entry) == {"term", "variants", "definition"}
        assert isinstance(entry["variants"], list)
        definition = assess(entry["definition"], BODY_TARGET)
        assert 1 <= definition.sentences <= 2, entry["term"]
        assert definition.ok, (entry["term"], definition.score)
        assert not definition.long_sentences, entry["term"]
        for spelling in {" ".join(s.lower().split()) for s in [entry["term"], *entry["variants"]]}:
            owners[spelling] += 1
    assert [spelling for spelling, count in owners.items() if count > 1] == []


def test_no_glossary_definition_uses_the_word_it_explains():
    """A definition that repeats its own word ("morosità incolpevole: … per morosità incolpevole")
    explains nothing: it must not contain the term or any of its spellings."""
    circular = [
        (entry["term"], spelling)
        for entry in demo_data.GLOSSARY
        for spelling in [entry["term"], *entry["variants"]]
        if spelling_pattern(spelling).search(entry["definition"])
    ]
    assert circular == []


def test_every_glossary_term_is_used_in_some_guide():
    texts = [all_guide_text(guide) for guide in GUIDES]
    unused = [
        entry["term"]
        for entry in demo_data.GLOSSARY
        if not any(
            spelling_pattern(spelling).search(text)
            for spelling in [entry["term"], *entry["variants"]]
            for text in texts
        )
    ]
    assert unused == []


def test_enough_guides_in_every_topic_with_unique_slugs():
    assert len(GUIDES) >= 16
    per_topic = Counter(guide["topic"] for guide in GUIDES)
    assert {topic.slug: per_topic[topic.slug] >= 4 for topic in CORE_TOPICS} == {
        topic.slug: True for topic in CORE_TOPICS
    }
    assert len(set(GUIDE_IDS)) == len(GUIDE_IDS)


def test_some_guides_are_past_their_review_date():
    # Relative to the newest review in the content, so the test does not age with the clock.
    newest = max(guide["last_reviewed"] for guide in GUIDES)
    stale = [guide["slug"] for guide in GUIDES if guide["review_by"] < newest]
    assert 1 <= len(stale) < len(GUIDES) // 2


@pytest.mark.parametrize("guide", GUIDES, ids=GUIDE_IDS)
def test_guide_has_the_contract_fields(guide):
    assert GUIDE_KEYS <= set(guide) <= GUIDE_KEYS | OPTIONAL_GUIDE_KEYS
    assert SLUG_RE.match(guide["slug"])
    assert guide["title"] and guide["audience"]
    assert 0 < len(guide["search_description"]) <= 155
    reviewed, review_by = guide["last_reviewed"], guide["review_by"]
    assert isinstance(reviewed, date) and isinstance(review_by, date)
    assert 150 <= (review_by - reviewed).days <= 200


@pytest.mark.parametrize("guide", GUIDES, ids=GUIDE_IDS)
def test_related_guides_exist(guide):
    assert 2 <= len(guide["related"]) <= 3
    assert guide["slug"] not in guide["related"]
    assert set(guide["related"]) <= set(GUIDE_IDS)
    assert len(set(guide["related"])) == len(guide["related"])


@pytest.mark.parametrize("guide", GUIDES, ids=GUIDE_IDS)
def test_body_blocks_have_the_contract_shape(guide):
    body = guide["body"]
    kinds = [kind for kind, _ in body]
    assert set(kinds) <= BLOCK_TYPES
    assert {"steps", "checklist", "faq"} & set(kinds), "a guide needs steps, a checklist or a FAQ"
    assert kinds[-1] == "contact"
    for kind, value in body:
        if kind == "heading":
            assert isinstance(value, str) and value
        elif kind == "steps":
            assert value["title"] and len(value["steps"]) >= 2
            assert all(set(step) == {"title", "text"} for step in value["steps"])
        elif kind == "checklist":
            assert value["title"] and len(value["items"]) >= 3
        elif kind == "callout":
            assert value["kind"] in CALLOUT_KINDS and value["title"]
        elif kind == "faq":
            assert value["title"] and value["items"]
            assert all(item["question"].endswith(("?", ".")) for item in value["items"])
        elif kind == "deadline":
            assert value["when"]
            assert value["date"] is None or date.fromisoformat(value["date"])
        elif kind == "table":
            assert value["caption"] and value["rows"]
            assert all(len(row) == len(value["header"]) for row in value["rows"])
        elif kind == "document":
            assert value["title"] and value["text"].strip()
            assert re.match(r"^[a-z0-9-]+\.txt$", value["filename"])
        elif kind == "contact":
            assert value == {"source": "sportello"}


@pytest.mark.parametrize("guide", GUIDES, ids=GUIDE_IDS)
def test_rich_text_uses_only_the_allowed_tags(guide):
    for html in rich_texts(guide["body"]):
        collector = TagCollector()
        collector.feed(html)
        assert collector.tags <= RICH_TEXT_TAGS, html


@pytest.mark.parametrize("guide", GUIDES, ids=GUIDE_IDS)
def test_summary_and_body_meet_the_readability_targets(guide):
    summary = assess(guide["summary"], SUMMARY_TARGET)
    body = assess(body_text(guide["body"]), BODY_TARGET)
    assert summary.ok, summary
    assert 2 <= summary.sentences <= 4
    assert body.ok, body
    assert summary.long_sentences == [] and body.long_sentences == []
    assert all(count_words(s) <= LONG_SENTENCE_WORDS for s in split_sentences(guide["audience"]))


@pytest.mark.parametrize("guide", GUIDES, ids=GUIDE_IDS)
def test_guide_ends_with_a_push_to_book_and_has_no_phone_number(guide):
    text = all_guide_text(guide)
    assert "Prenota un appuntamento allo sportello" in body_text(guide["body"][-3:])
    assert PHONE_RE.findall(text) == []


@pytest.mark.parametrize(
    "words",
    [
        "padrone di casa",
        "casa popolare",
        "caparra",
        "cedolare",
        "bonus bollette",
        "senza casa",
        "non riesco a pagare l'affitto",
        "sfratto",
        "morosità",
        "contratto di affitto",
    ],
)
def test_titles_and_summaries_use_the_words_citizens_search_for(words):
    assert any(words in f"{guide['title']} {guide['summary']}".lower() for guide in GUIDES)


def test_no_glossary_definition_explains_a_word_with_itself():
    # "Fondo morosità incolpevole: un fondo per chi ha uno sfratto per morosità incolpevole" explains nothing.
    # The first sentence says what the word is; a second one may add "si dice anche ...".
    circular = []
    for entry in demo_data.GLOSSARY:
        spellings = [entry["term"], *entry["variants"]]
        first = split_sentences(entry["definition"])[0]
        if any(spelling_pattern(spelling).search(first) for spelling in spellings):
            circular.append(entry["term"])
    assert circular == []


def guide(slug):
    return next(guide for guide in GUIDES if guide["slug"] == slug)


def test_homeless_tonight_guide_calls_112_with_one_tap():
    html = "".join(rich_texts(guide("senza-casa-stanotte")["body"]))
    assert 'href="tel:112"' in html
    # Where the numbers are depends on the page layout: the text must not promise a place.
    assert "in fondo" not in all_guide_text(guide("senza-casa-stanotte"))


def test_crisis_guides_are_marked_urgent():
    assert {g["slug"] for g in GUIDES if g.get("urgent")} == {"senza-casa-stanotte", "fasi-dello-sfratto"}


def test_lost_booking_link_is_explained_and_found_by_search():
    from home.demo import read_content as read_pages
    from search.demo import read_promotions

    _, pages = read_pages()
    by_slug = {page["slug"]: page for page in pages}
    for slug in ["contatti", "domande-frequenti"]:
        assert 'href="/prenota/link-perso/"' in by_slug[slug]["body"], slug
    promoted = {promotion["query"]: promotion["page"] for promotion in read_promotions()}
    for query in ["annullare appuntamento", "disdire appuntamento", "spostare appuntamento", "disdire"]:
        assert promoted.get(query) == "domande-frequenti", query
