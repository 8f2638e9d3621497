"""Write common_dutch_words.txt again from wordfreq (run by hand, never by the site).

python -m venv /tmp/wordfreq && /tmp/wordfreq/bin/pip install wordfreq==3.1.1
/tmp/wordfreq/bin/python glossary/taalcheck/data/regenerate.py
"""

import re
from pathlib import Path

import wordfreq

TARGET = Path(__file__).with_name("common_dutch_words.txt")
WORDS = 10_000


def main() -> None:
    header = [line for line in TARGET.read_text().splitlines() if line.startswith("#")]
    words = [
        word
        for word in wordfreq.top_n_list("nl", WORDS + 2_000)
        if re.fullmatch(r"[a-zà-ÿ]+(?:-[a-zà-ÿ]+)?|[a-zà-ÿ]+'s", word)
    ][:WORDS]
    TARGET.write_text("\n".join(header + words) + "\n")


if __name__ == "__main__":
    main()
