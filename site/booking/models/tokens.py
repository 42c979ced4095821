"""Appointment references (read aloud on the phone) and manage tokens (only their hash is stored)."""

import hashlib
import secrets

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B, 6/G, U/V: easy to read aloud and to type from a phone call.
REFERENCE_ALPHABET = "ACDEFHJKMNPQRTWXY3479"


def new_reference():
    """A short reference such as ``AB-7K3Q`` (21**6 ≈ 86 million values; uniqueness is a constraint)."""
    chars = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))
    return f"{chars[:2]}-{chars[2:]}"


def new_manage_token():
    """A manage token with 256 random bits, URL-safe. Only its hash is stored."""
    return secrets.token_urlsafe(32)


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()
