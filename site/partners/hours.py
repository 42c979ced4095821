"""Opening hours for people ("dal lunedì al venerdì, 9:00–12:00") and for HSDS ``schedules``."""

from .vocabulary import WEEKDAY_NAMES, WEEKDAY_ORDER


def _sorted_days(days):
    return sorted((day for day in days if day in WEEKDAY_NAMES), key=WEEKDAY_ORDER.index)


def describe_days(days):
    """Italian words for a set of weekday codes: runs of three or more become "dal … al …"."""
    days = _sorted_days(days)
    if not days:
        return ""
    runs = []
    for day in days:
        index = WEEKDAY_ORDER.index(day)
        if runs and WEEKDAY_ORDER.index(runs[-1][-1]) == index - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts = []
    for run in runs:
        if len(run) >= 3:
            last = WEEKDAY_NAMES[run[-1]]
            article = "alla" if run[-1] == "SU" else "al"
            parts.append(f"dal {WEEKDAY_NAMES[run[0]]} {article} {last}")
        else:
            parts.extend(WEEKDAY_NAMES[day] for day in run)
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " e " + parts[-1]


def format_time(value):
    return f"{value.hour}:{value.minute:02d}" if value else ""


def describe_row(row):
    """One opening-hours row as a sentence fragment: "dal lunedì al venerdì, 9:00–12:00"."""
    text = describe_days(row.get("days") or [])
    if row.get("opens") and row.get("closes"):
        text += f", {format_time(row['opens'])}–{format_time(row['closes'])}"
    if row.get("note"):
        text += f" ({row['note']})"
    return text[:1].upper() + text[1:]


def hsds_schedule(row):
    """An HSDS 3 ``schedule`` object for one opening-hours row (weekly recurrence)."""
    return {
        "freq": "WEEKLY",
        "byday": ",".join(_sorted_days(row.get("days") or [])),
        "opens_at": row["opens"].strftime("%H:%M") if row.get("opens") else None,
        "closes_at": row["closes"].strftime("%H:%M") if row.get("closes") else None,
        "description": describe_row(row),
        "notes": row.get("note") or "",
    }
