"""Model fields shared by every app."""

import re

from django import forms
from django.db import models

# Line breaks and other control characters (C0, DEL, C1 and the Unicode line and paragraph
# separators), with the spaces around them. In a single-line value they would break mail
# headers (CRLF injection) and calendar lines, so they collapse to one space.
_LINE_BREAKS_AND_CONTROLS = re.compile(r" *[\x00-\x1f\x7f-\x9f\u2028\u2029]+ *")


def single_line(value):
    """Return the text with line breaks and control characters collapsed to one space."""
    if not isinstance(value, str):
        return value
    return _LINE_BREAKS_AND_CONTROLS.sub(" ", value).strip()


class SingleLineFormField(forms.CharField):
    """A form text field whose cleaned value holds no line breaks or control characters."""

    def to_python(self, value):
        return single_line(super().to_python(value))


class SingleLineCharField(models.CharField):
    """A CharField for one line of text: titles, names, places.

    The value is made single-line when it is cleaned and again when it is saved, so the admin,
    the site's forms and the services all store the same thing.
    """

    def to_python(self, value):
        return single_line(super().to_python(value))

    def pre_save(self, model_instance, add):
        value = single_line(super().pre_save(model_instance, add))
        setattr(model_instance, self.attname, value)
        return value

    def formfield(self, **kwargs):
        if not self.choices:
            kwargs.setdefault("form_class", SingleLineFormField)
        return super().formfield(**kwargs)
