"""The taalcheck form: pasted text or an uploaded .txt or .docx file, checked by content."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.formats import number_format

from glossary.taalcheck.docx_text import DocxError, DocxTooLarge, read_docx_text
from glossary.taalcheck.limits import MAX_TEXT_CHARACTERS
from leernetwerk.validators import MaxFileSizeValidator

MAX_UPLOAD_MEGABYTES = 2
_CONTROL_CHARACTERS = {chr(code) for code in range(32)} - {"\t", "\n", "\r", "\f"}

UNREADABLE_FILE = (
    "Dit bestand kunnen we niet lezen. Kies een tekstbestand (.txt) of een Word-bestand (.docx)."
)

UNREADABLE_PDF = (
    "Dit bestand kunnen we niet lezen: het is een PDF. Kopieer de tekst uit de PDF en plak "
    "hem in het vak, of kies een tekstbestand (.txt) of Word-bestand (.docx)."
)

DOCX_TOO_LARGE = (
    "Dit Word-bestand is te groot om te controleren: uitgepakt is het veel groter dan het "
    "lijkt. Kopieer de tekst en plak hem in het vak, of verdeel de tekst over kleinere "
    "bestanden."
)


def too_long_message(length: int) -> str:
    return (
        f"Deze tekst is {number_format(length, force_grouping=True)} tekens. De taalcheck "
        f"controleert hoogstens {number_format(MAX_TEXT_CHARACTERS, force_grouping=True)} "
        "tekens tegelijk. Verdeel de tekst in delen."
    )


def too_long_file_message() -> str:
    return (
        "De tekst in dit bestand is langer dan "
        f"{number_format(MAX_TEXT_CHARACTERS, force_grouping=True)} tekens. De taalcheck "
        "controleert hoogstens zoveel tekens tegelijk. Verdeel de tekst in delen."
    )


def read_uploaded_text(upload) -> str:
    """Return the text of an uploaded .txt or .docx file; its content decides which it is."""
    MaxFileSizeValidator(MAX_UPLOAD_MEGABYTES)(upload)
    upload.seek(0)
    data = upload.read()
    if data.startswith(b"PK\x03\x04"):
        return _read_docx(upload)
    if data.startswith(b"%PDF-"):
        raise ValidationError(UNREADABLE_PDF, code="pdf")
    return _read_plain_text(data)


def _read_plain_text(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _CONTROL_CHARACTERS.intersection(text):
            return text
    raise ValidationError(UNREADABLE_FILE, code="unreadable_file")


def _read_docx(upload) -> str:
    upload.seek(0)
    try:
        text, cut = read_docx_text(upload, MAX_TEXT_CHARACTERS)
    except DocxTooLarge as error:
        raise ValidationError(DOCX_TOO_LARGE, code="docx_too_large") from error
    except DocxError as error:
        raise ValidationError(UNREADABLE_FILE, code="unreadable_file") from error
    if cut:
        raise ValidationError(too_long_file_message(), code="too_long")
    return text


class TaalcheckForm(forms.Form):
    # No max_length: a browser would cut a long pasted text off without a word.
    text = forms.CharField(
        label="Je tekst",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 12, "spellcheck": "true"}),
        help_text="Plak hier je tekst, hoogstens 50.000 tekens.",
    )
    file = forms.FileField(
        label="Of kies een bestand",
        required=False,
        help_text="Een tekstbestand (.txt) of Word-bestand (.docx) van hoogstens 2 MB.",
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".txt,.docx,text/plain,"
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        ),
    )

    def clean_text(self):
        text = self.cleaned_data["text"].replace("\r\n", "\n")
        if len(text) > MAX_TEXT_CHARACTERS:
            raise ValidationError(too_long_message(len(text)), code="too_long")
        return text

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return None
        text = read_uploaded_text(upload)
        if len(text) > MAX_TEXT_CHARACTERS:
            raise ValidationError(too_long_message(len(text)), code="too_long")
        return text

    def text_to_check(self) -> str:
        """The uploaded file's text when there is one, else the pasted text."""
        return self.cleaned_data.get("file") or self.cleaned_data.get("text", "")

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not (cleaned.get("file") or cleaned.get("text", "").strip()):
            raise ValidationError("Plak een tekst of kies een bestand.", code="empty")
        return cleaned
