"""Formula-safe spreadsheets: one ``csv_safe`` for every export of the project.

Spreadsheet programs run a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return as a formula (e.g. ``=HYPERLINK("http://x","y")`` in a citizen's comment). ``csv_safe`` puts
a ``'`` in front of such text so it stays text.

``install()`` (called by ``CoreConfig.ready``) wraps Wagtail's ``SpreadsheetExportMixin`` once, so
every Wagtail report, ``IndexView``/``ModelViewSet``/snippet export and form-submission export,
in CSV and XLSX, goes through ``csv_safe``; hand-written exports call ``csv_safe`` themselves.
"""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """Text a spreadsheet will not run as a formula. ``None`` becomes an empty cell."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _safe_cell(value):
    return csv_safe(value) if isinstance(value, str) else value


def install():
    """Make Wagtail's CSV and XLSX exports formula-safe (idempotent)."""
    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "formula_safe", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        return _safe_cell(original(self, field, value, export_format))

    preprocess_field_value.formula_safe = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
