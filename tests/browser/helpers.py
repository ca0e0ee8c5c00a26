"""Assertions shared by the browser tests."""

import pytest
from axe_playwright_python.sync_playwright import Axe

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
