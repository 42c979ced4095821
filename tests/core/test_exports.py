"""Every spreadsheet the admin hands out is formula-safe: a cell that starts with = + - @ (or a tab or
a carriage return) arrives as text, in Wagtail's reports, in viewset exports and in the booking export."""

import csv
import io

from django.urls import reverse

import pytest
from openpyxl import load_workbook

from core.exports import csv_safe

pytestmark = pytest.mark.django_db

ATTACK = '=HYPERLINK("http://x","y")'


def rows_of(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def cells(rows):
    return [cell for row in rows for cell in row]


@pytest.mark.parametrize("value", ["=1+1", "+39 333", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_csv_safe_neutralises_formula_starts(value):
    assert csv_safe(value) == "'" + value


def test_csv_safe_leaves_plain_text_alone():
    assert csv_safe("Sesto Calende") == "Sesto Calende"
    assert csv_safe(None) == ""
    assert csv_safe(12) == "12"


def test_feedback_comment_exported_as_csv_arrives_neutralised(admin_client, home_page):
    from feedback.models import PageFeedback

    PageFeedback.objects.create(page=home_page, rating=2, comment=ATTACK)
    url = reverse("feedback_reports:feedback_page", args=[home_page.pk])
    response = admin_client.get(url, {"export": "csv"})
    assert response.status_code == 200
    exported = cells(rows_of(response))
    assert "'" + ATTACK in exported
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in exported)


def test_search_without_results_exported_as_csv_and_xlsx_arrives_neutralised(admin_client):
    from search.models import ZeroResultQuery

    attack = ATTACK.lower()  # searches are stored normalised
    ZeroResultQuery.objects.create(query=attack, count=3)
    ZeroResultQuery.objects.create(query="-sfratto", count=1)
    response = admin_client.get(reverse("search_zero_results"), {"export": "csv"})
    exported = cells(rows_of(response))
    assert "'" + attack in exported and "'-sfratto" in exported

    xlsx = admin_client.get(reverse("search_zero_results"), {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert "'" + attack in values and "'-sfratto" in values
