"""Permissions of the operator screens (no table)."""

from django.db import models


class BookingAccess(models.Model):
    """No table: only carries the permissions of the operator screens."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("coordinate_sportelli", "Coordina tutti gli sportelli (vede tutto, esporta)")]
        verbose_name = "accesso alle prenotazioni"

    def __str__(self):
        return "Accesso alle prenotazioni"
