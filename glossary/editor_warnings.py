"""Warn trekkers in the admin when a text they save uses discouraged terms."""


def warn_about_discouraged_terms(request, *texts) -> None:
    """Add an admin warning listing discouraged terms found in `texts`. Stub until taalcheck."""
