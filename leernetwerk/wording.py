"""Dutch wording that every app shares."""


def counted(count: int, one: str, many: str) -> str:
    """Return the count and the words that go with it: "1 verslag", "0 verslagen", "2 verslagen"."""
    return f"{count} {one if count == 1 else many}"
