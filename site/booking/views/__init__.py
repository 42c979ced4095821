"""The citizen's pages: the booking flow, the manage link and the lost-link recovery.

Thin views: rules live in ``slots``/``services``; ``common`` holds what the pages share.
``booking.urls`` imports the modules ``flow``, ``manage`` and ``recovery``.
"""
