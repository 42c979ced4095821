from guides.readability import BODY_TARGET, assess, gulpease, html_to_text, split_sentences


def test_gulpease_on_a_hand_counted_text():
    # 2 sentences, 8 words, 31 letters: 89 + (600 - 310) / 8 = 125.25 -> clamped to 100
    assert gulpease("Paghi meno. Ti aiuta il Comune di Sesto.") == 100.0
    # 1 sentence, 10 words, 92 letters: 89 + (300 - 920) / 10 = 27.0
    text = (
        "Il conduttore inadempiente corrisponde tempestivamente "
        "indennità risarcitorie ai locatori proprietari"
    )
    assert gulpease(text) == 27.0


def test_bureaucratic_text_scores_lower_than_easy_read_text():
    hard = (
        "Il conduttore che versi in condizione di morosità incolpevole, debitamente documentata, "
        "può accedere al contributo previa presentazione dell'istanza corredata della certificazione ISEE."
    )
    easy = "Non riesci a pagare l'affitto? Non è colpa tua? Puoi chiedere un aiuto. Ti serve l'ISEE."
    assert gulpease(easy) >= 80
    assert gulpease(hard) < 40


def test_number_with_thousands_dot_does_not_end_a_sentence():
    assert split_sentences("Il contributo arriva a 1.500 euro. Chiedi allo sportello.") == [
        "Il contributo arriva a 1.500 euro",
        "Chiedi allo sportello",
    ]


def test_list_items_and_headings_count_as_sentences():
    text = html_to_text("<h2>Cosa portare</h2><ul><li>Documento</li><li>Contratto d&#x27;affitto</li></ul>")
    assert split_sentences(text) == ["Cosa portare", "Documento", "Contratto d'affitto"]


def test_empty_text_has_no_score():
    assert gulpease("") is None
    assert gulpease("<p></p>") is None or gulpease(html_to_text("<p></p>")) is None


def test_assess_lists_the_longest_sentences_over_twenty_words():
    long_one = " ".join(["parola"] * 25) + "."
    longer = " ".join(["parola"] * 30) + "."
    result = assess(f"Frase breve. {long_one} {longer}", BODY_TARGET)
    assert result.long_sentences[0].count("parola") == 30
    assert result.long_sentences[1].count("parola") == 25
    assert result.sentences == 3
    assert not result.ok
