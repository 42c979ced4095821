"""The partner directory, shaped on Open Referral HSDS and kept small (see ``partner.py``).

The models live in modules of this package; import them from here, as before the split.
"""

from .base import HSDS_NAMESPACE, Language, hsds_id
from .entries import PartnerLocation, PartnerService
from .partner import STALE_AFTER_DAYS, Partner, PartnerQuerySet, stale_threshold
from .reports import ErrorReport
from .texts import PartnerText, localize

__all__ = [
    "HSDS_NAMESPACE",
    "STALE_AFTER_DAYS",
    "ErrorReport",
    "Language",
    "Partner",
    "PartnerLocation",
    "PartnerQuerySet",
    "PartnerService",
    "PartnerText",
    "hsds_id",
    "localize",
    "stale_threshold",
]
