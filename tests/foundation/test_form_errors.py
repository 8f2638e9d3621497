"""Every form on the site: one field partial, and an error summary when it fails."""

import re
from pathlib import Path

import pytest
from django import forms
from django.template import Context, Template
from django.urls import reverse

from meetings.models import Meeting
from tests.factories import PASSWORD, signup_data
from tests.meetings.factories import make_meeting

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


class SampleForm(forms.Form):
    name = forms.CharField(label="Naam", help_text="Zoals je wilt dat anderen je noemen.")
    town = forms.CharField(label="Woonplaats", required=False)
    colours = forms.MultipleChoiceField(
        label="Kleuren",
        choices=[("red", "Rood"), ("blue", "Blauw")],
        widget=forms.CheckboxSelectMultiple,
        help_text="Kies er een of meer.",
    )
    agree = forms.BooleanField(label="Ik ga akkoord", error_messages={"required": "Vink dit aan."})

    def clean(self):
        raise forms.ValidationError("Het geheel klopt niet.")


class FilterForm(forms.Form):
    town = forms.CharField(label="Woonplaats", required=False)


def render(form):
    return Template("{{ form }}").render(Context({"form": form}))


def summary_of(html):
    match = re.search(r'<div class="error-summary"[^>]*>(.*?)</div>\s*</div>', html, re.S)
    assert match, "no error summary"
    return match.group(0)


def test_a_field_has_its_label_help_and_errors_tied_to_the_widget():
    html = render(SampleForm(data={"town": "Gouda"}))
    assert '<label for="id_name">Naam</label>' in html
    assert '<div class="helptext" id="id_name_helptext">' in html
    assert re.search(r'<ul class="errorlist" id="id_name_error">\s*<li>', html)
    name_input = re.search(r"<input[^>]*name=\"name\"[^>]*>", html).group(0)
    assert 'aria-describedby="id_name_helptext id_name_error"' in name_input
    assert 'aria-invalid="true"' in name_input
    # What was typed stays.
    assert re.search(r'<input[^>]*name="town"[^>]*value="Gouda"', html)


def test_a_group_of_checkboxes_is_a_fieldset_described_by_its_help_and_errors():
    html = render(SampleForm(data={}))
    fieldset = re.search(r"<fieldset[^>]*>\s*<legend>Kleuren</legend>", html).group(0)
    assert 'aria-describedby="id_colours_helptext id_colours_error"' in fieldset
    # A single checkbox comes before its label and says nothing about being optional.
    assert re.search(r'<input type="checkbox" name="agree"[^>]*>\s*<label for="id_agree">', html)


def test_optional_fields_are_marked_only_in_forms_that_also_ask_required_ones():
    assert 'Woonplaats <span class="form-field__optional">(niet verplicht)</span>' in render(
        SampleForm()
    )
    assert "niet verplicht" not in render(FilterForm())


def test_the_summary_lists_every_error_with_a_link_to_its_field_and_the_form_errors_first():
    html = render(SampleForm(data={}))
    summary = summary_of(html)
    assert 'tabindex="-1"' in summary and "autofocus" in summary
    assert "Er ging iets mis" in summary
    items = re.findall(r"<li>(.*?)</li>", summary, re.S)
    assert items[0] == "Het geheel klopt niet."
    assert '<a href="#id_name">Naam: Dit veld is verplicht.</a>' in items
    # A group links to its first box: a fieldset itself cannot take focus.
    assert any(item.startswith('<a href="#id_colours_0">Kleuren: ') for item in items)
    # A single checkbox's label is a sentence: its error stands alone.
    assert '<a href="#id_agree">Vink dit aan.</a>' in items
    assert 'id="id_colours_0"' in html


def test_a_form_without_errors_has_no_summary():
    assert "error-summary" not in render(SampleForm())


@pytest.mark.django_db
def test_failed_hybrid_registration_puts_the_summary_above_the_choices(member_client):
    meeting = make_meeting(format=Meeting.Format.HYBRID)
    response = member_client.post(reverse("meetings:register", args=[meeting.slug]), {})
    html = response.content.decode()
    assert response.status_code == 400
    summary = summary_of(html)
    # A question as label needs no colon.
    assert '<a href="#id_attendance_0">Hoe doe je mee? Kies of je op locatie of online' in summary
    assert html.index("error-summary") < html.index('id="id_attendance_0"')


@pytest.mark.django_db
def test_failed_sign_up_lists_the_errors_and_keeps_what_was_typed(client):
    response = client.post(
        reverse("account_signup"),
        signup_data("typ@example.org", first_name="Tineke", motivation="", password2="anders"),
    )
    html = response.content.decode()
    summary = summary_of(html)
    assert '<a href="#id_motivation">Waarom wil je meedoen? ' in summary
    assert '<a href="#id_password2">' in summary
    assert 'value="typ@example.org"' in html and 'value="Tineke"' in html


@pytest.mark.django_db
def test_failed_login_shows_the_form_error_in_the_summary(client, member):
    response = client.post(
        reverse("account_login"), {"login": member.email, "password": PASSWORD + "x"}
    )
    summary = summary_of(response.content.decode())
    assert re.search(r"<li>[^<]*(wachtwoord|e-mailadres)[^<]*</li>", summary, re.I)


def test_site_templates_draw_fields_only_through_the_form_partial():
    hand_drawn = re.compile(r"label_tag|\.errors \}\}|\.errors\.0|\.as_(p|div|table|ul)\b")
    # The partial itself, and the admin's pages, which keep the admin's own form look.
    own_look = {"forms", "admin"}
    offenders = [
        str(path.relative_to(TEMPLATES))
        for path in TEMPLATES.rglob("*.html")
        if path.parts[len(TEMPLATES.parts)] not in own_look and hand_drawn.search(path.read_text())
    ]
    assert offenders == []
