import pytest

from tests.taalcheck.factories import sample_matcher


@pytest.fixture(scope="module")
def matcher():
    return sample_matcher()


@pytest.fixture
def found(matcher):
    """Return (start, end, match, term) for every finding, after checking the offsets."""

    def found(text):
        findings = matcher.find(text)
        for finding in findings:
            assert text[finding.start : finding.end] == finding.match
        return [(f.start, f.end, f.match, f.term) for f in findings]

    return found
