"""Browser test support, registered once in tests/conftest.py: Playwright driving Debian's Chromium.

Without Chromium the tests are skipped with a reason, except under CI=true, where a missing
browser is a failure: CI must never go green by skipping them.
"""

import os
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
    "locale": "it-IT",
    "timezone_id": "Europe/Rome",
}

# Playwright's sync API runs an event loop in this thread; the ORM calls made by fixtures
# around it are still synchronous, so Django's async guard would refuse them.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _fail_or_skip(reason):
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (CI=true: browser tests must run)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium():
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        _fail_or_skip(f"Chromium not found at {CHROMIUM}: apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _fail_or_skip("playwright is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


# Every page a browser test opens records Content-Security-Policy violations; the fixtures fail
# the test if any happened, so an inline script or style on a public page cannot slip in.
RECORD_CSP_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
    window.__cspViolations.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " " + e.sourceFile);
});
"""


def csp_violations(context):
    found = []
    for page in context.pages:
        if not page.is_closed():
            found += page.evaluate("window.__cspViolations || []")
    return found


@pytest.fixture
def phone(chromium, live_server):
    """A new page on a phone-sized viewport, with no request allowed off the test server."""
    context = chromium.new_context(base_url=live_server.url, **PHONE)
    context.add_init_script(RECORD_CSP_VIOLATIONS)
    outside = []

    def guard(route):
        url = route.request.url
        if url.startswith(live_server.url) or url.startswith("data:"):
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.outside_requests = outside
    yield page
    violations = csp_violations(context)
    context.close()
    assert not violations, f"Content-Security-Policy violations: {violations}"


@pytest.fixture
def javascript_off_phone(chromium, live_server):
    context = chromium.new_context(base_url=live_server.url, java_script_enabled=False, **PHONE)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.javascript_enabled = False
    yield page
    context.close()


@pytest.fixture
def scripts_blocked_phone(chromium, live_server):
    """A phone whose browser runs none of the site's scripts, so pages are laid out as without
    JavaScript (the site has no <noscript> content), while axe, injected by Playwright, can run:
    with JavaScript off, axe's promise never settles and the test would hang."""
    context = chromium.new_context(base_url=live_server.url, **PHONE)

    def guard(route):
        url = route.request.url
        if url.startswith(live_server.url) and route.request.resource_type != "script":
            route.continue_()
        else:
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def admin_browser(chromium, live_server, client, django_user_model):
    """A desktop page logged in to the Wagtail admin as a superuser (session cookie from Django)."""
    user = django_user_model.objects.create_superuser("redattore", "redattore@example.org", "x" * 16)
    client.force_login(user)
    context = chromium.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 900}, locale="it-IT"
    )
    context.add_init_script(RECORD_CSP_VIOLATIONS)
    host = live_server.url.split("//", 1)[1].split(":")[0]
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "domain": host, "path": "/"}]
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.csp_violations = lambda: csp_violations(context)
    yield page
    context.close()


def page_width(page):
    """The page's scroll width once it has loaded: measured before its stylesheet arrived (a busy
    machine), the unstyled page is wider than any phone."""
    page.wait_for_load_state("load")
    return page.evaluate("document.documentElement.scrollWidth")


def assert_no_axe_violations(page):
    """Run axe-core (bundled with axe-playwright-python, no download) for WCAG 2.1 AA."""
    from axe_playwright_python.sync_playwright import Axe

    if getattr(page, "javascript_enabled", True) is False:
        pytest.fail("axe cannot run on a page with JavaScript off: use the scripts_blocked_phone fixture")
    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}},
    )
    violations = results.response["violations"]
    assert not violations, results.generate_report()
