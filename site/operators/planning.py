"""Numbers for planning: anonymous counts of appointments, drawn as server-rendered SVG bar charts.

Only aggregates leave this module: counts per topic, municipality, channel and month, the no-show
rate, the share of urgent bookings and the lead time (days between booking and appointment). Purged
appointments still count: the purge keeps topic, channel, municipality, dates and status.
"""

import datetime
import statistics
from collections import Counter

from django.db.models import Count
from django.utils import timezone
from django.utils.formats import date_format

from booking.models import Appointment, Channel
from core.topics import topic_label

BAR_HEIGHT = 28
LABEL_WIDTH = 200
CHART_WIDTH = 560


def chart(title, rows):
    """``rows`` = [(label, count)] → what the template needs to draw an accessible horizontal bar chart."""
    top = max((count for _, count in rows), default=0) or 1
    bar_space = CHART_WIDTH - LABEL_WIDTH - 60
    bars = [
        {
            "label": label,
            "count": count,
            "y": index * BAR_HEIGHT,
            "text_y": index * BAR_HEIGHT + BAR_HEIGHT * 0.65,
            "width": max(round(bar_space * count / top), 1 if count else 0),
            "value_x": LABEL_WIDTH + max(round(bar_space * count / top), 1 if count else 0) + 6,
        }
        for index, (label, count) in enumerate(rows)
    ]
    return {
        "title": title,
        "bars": bars,
        "height": max(len(bars), 1) * BAR_HEIGHT,
        "width": CHART_WIDTH,
        "label_width": LABEL_WIDTH,
        "total": sum(count for _, count in rows),
    }


def _percent(part, whole):
    return round(100 * part / whole) if whole else None


def numbers(queryset):
    """Aggregates of the given appointments (cancelled ones excluded, except from their own count)."""
    cancelled = queryset.filter(status=Appointment.Status.CANCELLED).count()
    kept = queryset.exclude(status=Appointment.Status.CANCELLED)
    total = kept.count()

    by_topic = Counter(dict(kept.values_list("topic").annotate(n=Count("id")).order_by()))
    topic_rows = [(topic_label(slug), count) for slug, count in by_topic.most_common()]
    municipality_rows = [
        (name or "Non indicato", count)
        for name, count in kept.values_list("municipality__name")
        .annotate(n=Count("id"))
        .order_by("-n", "municipality__name")
    ]
    channel_labels = dict(Channel.choices)
    channel_rows = [
        (channel_labels.get(channel, channel), count)
        for channel, count in kept.values_list("channel").annotate(n=Count("id")).order_by("-n")
    ]
    months = Counter()
    lead_days = []
    for start, created in kept.values_list("start", "created_at"):
        local = timezone.localtime(start)
        months[(local.year, local.month)] += 1
        if created:
            lead_days.append(max((start - created).total_seconds() / 86400, 0))
    month_rows = [
        (date_format(datetime.date(year, month, 1), "F Y").lower().capitalize(), months[(year, month)])
        for year, month in sorted(months)
    ]
    status_counts = Counter(dict(kept.values_list("status").annotate(n=Count("id")).order_by()))
    attended = status_counts.get(Appointment.Status.ATTENDED, 0)
    no_show = status_counts.get(Appointment.Status.NO_SHOW, 0)
    urgent = kept.filter(urgent=True).count()
    return {
        "total": total,
        "cancelled": cancelled,
        "no_show_rate": _percent(no_show, attended + no_show),
        "attended": attended,
        "no_show": no_show,
        "urgent_share": _percent(urgent, total),
        "urgent": urgent,
        "lead_time_median": round(statistics.median(lead_days), 1) if lead_days else None,
        "charts": [
            chart("Per argomento", topic_rows),
            chart("Per Comune di residenza", municipality_rows),
            chart("Per canale", channel_rows),
            chart("Per mese", month_rows),
        ],
    }
