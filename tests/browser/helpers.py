"""The shared Chromium and the assertions used by the browser tests."""

import os

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.conftest import CHROMIUM

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


class SharedBrowser:
    """Starts Playwright and Chromium on first use, stops them after the last."""

    def __init__(self):
        self.users = 0
        self.playwright = None
        self.chromium = None
        self.previous_async_unsafe = None

    def acquire(self):
        if self.users == 0:
            # Playwright's sync API keeps an event loop running in this thread,
            # which makes Django refuse database access "from an async context".
            # Browser tests drive the page and the database from one thread.
            self.previous_async_unsafe = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
            from playwright.sync_api import sync_playwright

            self.playwright = sync_playwright().start()
            self.chromium = self.playwright.chromium.launch(
                executable_path=CHROMIUM, args=CHROMIUM_ARGS
            )
        self.users += 1
        return self.chromium

    def release(self):
        self.users -= 1
        if self.users:
            return
        self.chromium.close()
        self.playwright.stop()
        self.chromium = self.playwright = None
        if self.previous_async_unsafe is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = self.previous_async_unsafe


SHARED_BROWSER = SharedBrowser()

# axe impacts that fail a test; "moderate" and "minor" ones do not.
BLOCKING_IMPACTS = {"serious", "critical"}


def serious_axe_violations(page):
    """Run axe-core on the page; return the serious and critical violations."""
    results = Axe().run(page)
    return [
        violation
        for violation in results.response["violations"]
        if violation.get("impact") in BLOCKING_IMPACTS
    ]


def format_violations(violations):
    lines = []
    for violation in violations:
        lines.append(
            f"[{violation['impact']}] {violation['id']}: {violation['help']} "
            f"({violation['helpUrl']})"
        )
        for node in violation["nodes"][:5]:
            target = " ".join(str(part) for part in node.get("target", []))
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            lines.append(f"    {target}: {summary}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    … and {len(violation['nodes']) - 5} more elements")
    return "\n".join(lines)


def assert_no_serious_axe_violations(page):
    violations = serious_axe_violations(page)
    if violations:
        report = format_violations(violations)
        print(report)
        pytest.fail(
            f"axe found serious or critical violations on {page.url}:\n{report}",
            pytrace=False,
        )


def horizontal_overflow(page):
    """How many CSS pixels the document is wider than the viewport."""
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
