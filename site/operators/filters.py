"""Filters of the operator listings (Wagtail ``WagtailFilterSet``s), scoped to the user's sportelli.

``PeriodFilterSet`` (sportello, whole local days) serves the numbers and the coordinators' export;
``AppointmentFilterSet`` adds operator, status and urgency for the appointments viewset.
"""

import datetime

from django.contrib.auth import get_user_model

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

import django_filters

from booking import slots
from booking.models import Appointment, Sportello

from .permissions import sportelli_for

User = get_user_model()


class PeriodFilterSet(WagtailFilterSet):
    sportello = django_filters.ModelChoiceFilter(
        queryset=Sportello.objects.none(), label="Sportello", empty_label="Tutti gli sportelli"
    )
    day = django_filters.DateFromToRangeFilter(
        field_name="start", label="Giorno", widget=DateRangePickerWidget, method="filter_day"
    )

    class Meta:
        model = Appointment
        fields = ["sportello"]

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        if request is not None:
            self.filters["sportello"].queryset = sportelli_for(request.user)

    def filter_day(self, queryset, name, value):
        """Whole local days, from the first to the last (included)."""
        zone = slots.local_zone()
        if value.start:
            queryset = queryset.filter(
                start__gte=datetime.datetime.combine(value.start, datetime.time.min, zone)
            )
        if value.stop:
            after = value.stop + datetime.timedelta(days=1)
            queryset = queryset.filter(start__lt=datetime.datetime.combine(after, datetime.time.min, zone))
        return queryset

    def period(self):
        """The first and last day asked for (``None`` where open), once the filters are valid."""
        value = self.form.cleaned_data.get("day") if self.is_valid() else None
        return (value.start, value.stop) if value else (None, None)


class AppointmentFilterSet(PeriodFilterSet):
    assigned_operator = django_filters.ModelChoiceFilter(queryset=User.objects.none(), label="Operatore")
    status = django_filters.ChoiceFilter(choices=Appointment.Status.choices, label="Stato")

    class Meta:
        model = Appointment
        fields = ["sportello", "assigned_operator", "status", "urgent"]

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        if request is not None:
            self.filters["assigned_operator"].queryset = (
                User.objects.filter(sportelli__in=sportelli_for(request.user))
                .distinct()
                .order_by("first_name", "username")
            )
