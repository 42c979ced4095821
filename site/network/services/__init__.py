"""The hub's domain logic: the only code that writes teams, invitations, rounds, referrals and beds.

Every function takes ``now`` (the clock is faked in tests) and writes its e-mails in its own
transaction through ``network.emails`` (booking's outbox), with a dedupe key per cause: a status
change e-mails the sender once, an overdue urgent referral e-mails the coordinator once.

The code lives in the modules of this package (teams and listings, verification, referrals, beds);
callers keep using ``network.services.<name>``, re-exported here.
"""

from .beds import (
    ShelterTonight,
    beds_token,
    hsds_capacity,
    hsds_service_capacities,
    partner_for_beds_token,
    send_daily_beds_emails,
    shelters_tonight,
    update_beds,
)
from .common import (
    BEDS_SALT,
    REMINDER_AFTER,
    VERIFY_SALT,
    _recipients,
    logger,
    setting,
)
from .referrals import (
    TRANSITIONS,
    ReferralError,
    add_working_hours,
    alert_overdue_referrals,
    book_referral,
    change_status,
    coordinator_addresses,
    create_referral,
    purge_referrals,
    receiver_addresses,
    referral_url,
    working_hours,
)
from .teams import (
    ListingLocked,
    accept_invitation,
    ensure_team,
    find_invitation,
    invitation_days,
    invite,
    pending_listings,
    submit_listing,
)
from .verification import (
    VERIFY_ALREADY,
    VERIFY_INVALID,
    VERIFY_OK,
    _send_round,
    confirm_listing,
    needs_verification,
    run_verification,
    verification_round_for,
    verify_after,
    verify_link_max_age,
    verify_token,
)

__all__ = [
    "VERIFY_ALREADY",
    "VERIFY_INVALID",
    "VERIFY_OK",
    "BEDS_SALT",
    "ListingLocked",
    "REMINDER_AFTER",
    "ReferralError",
    "ShelterTonight",
    "TRANSITIONS",
    "VERIFY_SALT",
    "_recipients",
    "_send_round",
    "accept_invitation",
    "add_working_hours",
    "alert_overdue_referrals",
    "beds_token",
    "book_referral",
    "change_status",
    "confirm_listing",
    "coordinator_addresses",
    "create_referral",
    "ensure_team",
    "find_invitation",
    "hsds_capacity",
    "hsds_service_capacities",
    "invitation_days",
    "invite",
    "logger",
    "needs_verification",
    "partner_for_beds_token",
    "pending_listings",
    "purge_referrals",
    "receiver_addresses",
    "referral_url",
    "run_verification",
    "send_daily_beds_emails",
    "setting",
    "shelters_tonight",
    "submit_listing",
    "update_beds",
    "verification_round_for",
    "verify_after",
    "verify_link_max_age",
    "verify_token",
    "working_hours",
]
