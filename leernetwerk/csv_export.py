"""One CSV download response for every export of the portal.

Every file starts with a UTF-8 byte order mark, so Excel reads é and ë right. A cell that
starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`: spreadsheet
programs would otherwise run it as a formula (`=HYPERLINK(...)` sends the reader to any site).
Exports may hold personal data, so browsers and proxies must not keep a copy.
"""

import csv
import io

from django.http import HttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """The value as a spreadsheet shows it as text, never as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


def csv_response(filename, header, rows, *, delimiter=";") -> HttpResponse:
    """A CSV download of `header` and `rows` with every cell guarded against formulas."""
    output = io.StringIO()
    output.write("\ufeff")
    writer = csv.writer(output, delimiter=delimiter)
    writer.writerow([safe_cell(value) for value in header])
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    response = HttpResponse(output.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response
