"""Phone numbers for reading ("0331 123 456", "333 123 4567") and for dialling (``tel:`` digits)."""

from booking.services import normalize_phone

# Italian area codes of two and three digits; the others have four (e.g. 0331 for Gallarate).
TWO_DIGIT_AREAS = ("02", "06")
THREE_DIGIT_AREAS = [
    "010",
    "011",
    "015",
    "019",
    "030",
    "031",
    "035",
    "039",
    "040",
    "041",
    "045",
    "049",
    "050",
    "051",
    "055",
    "059",
    "070",
    "071",
    "075",
    "079",
    "080",
    "081",
    "085",
    "089",
    "090",
    "091",
    "095",
    "099",
]


def dial(value):
    """The digits to dial (a leading + kept): the ``tel:`` link."""
    return normalize_phone(value)


def _groups(digits):
    if len(digits) <= 4:
        return [digits]
    head = 2 if len(digits) == 5 else 3 if len(digits) in (6, 7) else 4
    return [digits[:head], digits[head:]]


def readable(value):
    """Grouped for reading; anything that does not look Italian stays as it was written."""
    number = dial(value)
    prefix = ""
    for international in ("+39", "0039"):
        if number.startswith(international):
            prefix, number = "+39 ", number[len(international) :]
    if not number.isdigit():
        return (value or "").strip()
    if number.startswith("3") and len(number) == 10:  # mobile
        return prefix + " ".join([number[:3], number[3:6], number[6:]])
    if number.startswith("0") and 6 <= len(number) <= 11:  # landline
        area = 2 if number[:2] in TWO_DIGIT_AREAS else 3 if number[:3] in THREE_DIGIT_AREAS else 4
        return prefix + " ".join([number[:area], *_groups(number[area:])])
    return (value or "").strip()
