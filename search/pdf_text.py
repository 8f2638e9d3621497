"""The words inside uploaded PDFs, for the site search (read by the worker, never in a request)."""

import logging

from pypdf import PdfReader
from pypdf.errors import PyPdfError

MAX_CHARACTERS = 100_000  # a few dozen pages: enough to be found, small enough to index
MAX_PAGES = 100

logger = logging.getLogger(__name__)


def text_of(file) -> str:
    """Return the text of the PDF in `file`, in page order; "" when it cannot be read."""
    pieces, length = [], 0
    try:
        with file.open("rb") as stream:
            for page in PdfReader(stream).pages[:MAX_PAGES]:
                piece = " ".join((page.extract_text() or "").split())
                pieces.append(piece)
                length += len(piece) + 1
                if length >= MAX_CHARACTERS:
                    break
    except (PyPdfError, OSError, ValueError) as error:
        logger.warning("pdf text not read from %s: %s", getattr(file, "name", "?"), error)
        return ""
    return "\n".join(pieces)[:MAX_CHARACTERS]
