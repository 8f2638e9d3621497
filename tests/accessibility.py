"""axe-core in the browser: fail on any WCAG 2.1 A or AA violation."""

from axe_playwright_python.sync_playwright import Axe

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
_axe = Axe()


def assert_accessible(page):
    """Run axe on the page as it is now and fail with a readable report of any violation."""
    results = _axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}})
    violations = results.response["violations"]
    report = "\n".join(
        f"- {violation['id']}: {violation['help']} "
        f"({', '.join(str(node['target']) for node in violation['nodes'][:3])})"
        for violation in violations
    )
    assert not violations, f"Accessibility violations on {page.url}:\n{report}"
