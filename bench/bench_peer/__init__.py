"""A peer page for `make bench` only: a view that renders like wagtail/bakerydemo's blog page.

Registered by ``config.settings.bench`` (``BENCH_VIEWS``), never in production ``INSTALLED_APPS``.
bakerydemo's ``BlogPage`` serves a Wagtail page with its title, subtitle, introduction, date,
authors and tags and its body StreamField, inside the site's base template. This view does the same
work for a guide of this site (the same body, so the same bytes of content): one page lookup, the
specific page, two small related queries (the page's owner as author, its sibling titles as tags),
the body through ``include_block`` and the project's ``base.html`` (navigation, footer, settings).
Measured side by side with the guide itself in ``bench/peer_page.py``.
"""
