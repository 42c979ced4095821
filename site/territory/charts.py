"""Horizontal bar charts drawn on the server as SVG geometry (no JavaScript, no inline style).

The template draws the bars; each chart also gets its data table and a one-sentence summary, so
the figures are readable without seeing the picture.
"""

BAR_HEIGHT = 28
GAP = 12
CHART_WIDTH = 320
VALUE_SPACE = 48
TOP = 4


def bar_chart(table_data):
    cells = table_data["cells"]
    if not cells:
        return None
    biggest = max(cell["count"] for cell in cells)
    usable = CHART_WIDTH - VALUE_SPACE
    bars = []
    y = TOP
    for cell in cells:
        width = max(2, round(usable * cell["count"] / biggest))
        bars.append(
            {
                "label": cell["label"],
                "count": cell["count"],
                "label_y": y + 14,
                "bar_y": y + 20,
                "width": width,
                "value_x": width + 6,
                "value_y": y + 20 + round(BAR_HEIGHT * 0.7),
            }
        )
        y += 20 + BAR_HEIGHT + GAP
    return {"width": CHART_WIDTH, "height": y, "bar_height": BAR_HEIGHT, "bars": bars}


def percent(part, whole):
    return round(100 * part / whole) if whole else 0


def summary(table_data):
    """One sentence in easy Italian: the total and the biggest group."""
    unit = table_data["unit"]
    if table_data["suppressed"]:
        return "In questo trimestre i casi sono meno di 5: non mostriamo i numeri per proteggere le persone."
    total = table_data["total"]
    cells = [cell for cell in table_data["cells"] if cell["code"] != "altre-voci"]
    if not cells:
        return f"In tutto {total} {unit}. Sono divisi in gruppi piccoli: li mostriamo insieme."
    top = max(cells, key=lambda cell: cell["count"])
    return (
        f"In tutto {total} {unit}. La voce più frequente è «{top['label']}»: "
        f"{top['count']} su {total} ({percent(top['count'], total)} su 100)."
    )
