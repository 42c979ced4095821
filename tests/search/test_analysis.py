"""Italian analysis, synonym matching and the privacy filter, on their own."""

import pytest

from search.analysis import content_words, normalise_query, stems
from search.services import PERSONAL_DATA
from search.synonyms import find


def test_stems_meet_across_plural_accent_and_elision():
    assert stems("contratti") == stems("contratto")
    assert stems("città") == stems("citta")
    assert stems("dell'affitto") == ["affitt"]


def test_stop_words_are_dropped_with_or_without_accents():
    assert [w.folded for w in content_words("perché non pago più l'affitto?")] == ["pago", "affitto"]
    assert [w.folded for w in content_words("perche non pago piu")] == ["pago"]


def test_normalised_query_is_folded_and_trimmed():
    assert normalise_query("  Morosità   INCOLPEVOLE?? ") == "morosita incolpevole"


GROUPS = (("padrone di casa", "proprietario", "locatore"), ("casa popolare", "ERP"))


def test_synonyms_match_multi_word_terms_on_stems():
    matches = find(content_words("il padrone di casa vuole le case popolari"), groups=GROUPS)
    assert [m.alternatives[0].text for m in matches] == ["padrone casa", "case popolari"]
    assert [alt.text for alt in matches[0].alternatives[1:]] == ["proprietario", "locatore"]
    assert [alt.text for alt in matches[1].alternatives[1:]] == ["ERP"]


@pytest.mark.parametrize(
    ("query", "personal"),
    [
        ("mario.rossi@example.org", True),
        ("333 123 4567", True),
        ("RSSMRA80A01F205X", True),
        ("contratto 3+2", False),
        ("bonus 2025", False),
        ("sfratto", False),
    ],
)
def test_queries_that_look_like_personal_data_are_recognised(query, personal):
    assert bool(PERSONAL_DATA.search(query)) is personal
