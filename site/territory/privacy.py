"""Small-cell protection: every published cell counts at least ``MIN_CELL``.

One table is one partition of one quarter's records (e.g. appointments by topic). Cells under
``MIN_CELL`` are merged into one "altre voci" cell; if that merged cell is still under
``MIN_CELL``, the smallest published cells join it (secondary suppression) until it is not. A table
whose total is under ``MIN_CELL`` is published as "meno di 5" with no cell at all. Empty
categories are left out: a published count is never 0, 1, 2, 3 or 4.

Since every record is in exactly one published cell, the published total is the sum of the
published cells: subtracting cells from the total never isolates a small group. Tables are never
crossed (no municipality × topic), quarters never overlap, and a quarter is published only once it
is frozen, so differencing tables, municipalities or releases gives nothing finer than a cell.
"""

MIN_CELL = 5
MERGED_CODE = "altre-voci"
MERGED_LABEL = "Altre voci messe insieme"
MERGED_MUNICIPALITIES_LABEL = "Altri Comuni messi insieme"
SUPPRESSED_TEXT = f"meno di {MIN_CELL}"


def protect(cells, *, min_cell=MIN_CELL, merged_label=MERGED_LABEL):
    """Public version of ``cells`` (dicts with code, label, count): returns (cells, total, suppressed)."""
    present = [dict(cell) for cell in cells if cell["count"] > 0]
    total = sum(cell["count"] for cell in present)
    if total < min_cell:
        return [], None, True
    small = [cell for cell in present if cell["count"] < min_cell]
    kept = sorted(
        (cell for cell in present if cell["count"] >= min_cell),
        key=lambda cell: (cell["count"], cell["code"]),
    )
    merged = list(small)
    while merged and sum(cell["count"] for cell in merged) < min_cell:
        merged.append(kept.pop(0))
    order = {cell["code"]: position for position, cell in enumerate(present)}
    published = sorted(kept, key=lambda cell: order[cell["code"]])
    if merged:
        published.append(
            {"code": MERGED_CODE, "label": merged_label, "count": sum(cell["count"] for cell in merged)}
        )
    return published, total, False
