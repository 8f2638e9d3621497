"""The taalcheck: find discouraged glossary terms in a text and name the preferred ones.

- `matching`: the matcher itself, plain Python without Django (inflections, compounds,
  abbreviations, exceptions);
- `check`: the matcher for the glossary as it is now, and the result of checking one text;
- `readability`: sentences, syllables, the Flesch–Douma score, long and uncommon words
  (plain Python; the word list is `data/common_dutch_words.txt`);
- `limits`: the text length and the per-address rate limit;
- `docx_text`: reading the running text of an uploaded Word file within safe bounds;
- `forms`, `views`, `urls`, `api_urls`: the `/taalcheck/` page and the `/api/taalcheck/` API.
"""
