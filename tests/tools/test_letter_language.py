"""A letter to the landlord stays Italian, dates included, whatever language its writer reads the
site in: the landlord reads it. The page around it speaks the reader's language."""

from io import BytesIO

import time_machine
from bs4 import BeautifulSoup
from pypdf import PdfReader

from tests.tools.test_pages import LETTER, NOW


@time_machine.travel(NOW, tick=False)
def test_a_french_reader_gets_an_italian_letter_with_italian_dates(client, tools):
    url = "/fr" + tools["lettere"].url + "piano-di-rientro/"
    response = client.post(url, LETTER)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    letter = soup.select_one("#lettera").get_text(" ")
    assert "Data: 2 dicembre 2026" in letter
    assert "a partire dal 10 gennaio 2027" in letter
    assert "décembre" not in letter and "janvier" not in letter
    page = soup.select_one("main").get_text(" ")
    assert "Ta lettre est prête" in page  # the page is in French
    assert "La lettre est en italien, parce que c'est le propriétaire qui la lit." in page

    pdf = client.post(url, {**LETTER, "formato": "pdf"})
    content = PdfReader(BytesIO(pdf.content)).pages[0].extract_text()
    assert "2 dicembre 2026" in content and "décembre" not in content


@time_machine.travel(NOW, tick=False)
def test_an_italian_reader_is_not_told_the_letter_is_italian(client, tools):
    response = client.post(tools["lettere"].url + "piano-di-rientro/", LETTER)
    assert "perché la legge il proprietario" not in response.content.decode()
