"""Words inside uploaded PDFs are findable: the worker reads them, never the request."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.uploadedfile import SimpleUploadedFile
from procrastinate.contrib.django.models import ProcrastinateJob

from meetings.demo.factsheet_pdf import factsheet_pdf
from meetings.models import Factsheet
from projects.models import ProjectDocument
from search.query import search
from search.tasks import extract_pdf_text
from tests.meetings.factories import make_factsheet, make_meeting
from tests.projects.factories import make_project

pytestmark = [pytest.mark.django_db, pytest.mark.clock]


def pdf_saying(*lines):
    content = factsheet_pdf("Factsheet", [("text", line) for line in lines])
    return SimpleUploadedFile("stuk.pdf", content, content_type="application/pdf")


def found_urls(query):
    return {hit.url for group in search(query, AnonymousUser()).groups for hit in group.hits}


def run_queued_pdf_jobs():
    """Run what the worker would: each queued job, with its own arguments."""
    for job in ProcrastinateJob.objects.filter(task_name=extract_pdf_text.name, status="todo"):
        extract_pdf_text(**job.args)


def test_a_factsheet_is_found_by_a_word_inside_its_pdf_once_the_worker_read_it():
    factsheet = make_factsheet(
        make_meeting(days_from_now=-30), file=pdf_saying("De Triagelijst Scheiding helpt.")
    )
    assert ProcrastinateJob.objects.filter(task_name=extract_pdf_text.name).count() == 1
    assert factsheet.get_absolute_url() not in found_urls("triagelijst")  # not in the request

    run_queued_pdf_jobs()

    factsheet.refresh_from_db()
    assert "Triagelijst Scheiding" in factsheet.text
    assert factsheet.get_absolute_url() in found_urls("triagelijst")


def test_a_project_is_found_by_a_word_inside_its_document():
    project = make_project("Samen leren")
    ProjectDocument.objects.create(
        project=project, title="Eindrapport", file=pdf_saying("Over de kinderbeschermingsketen.")
    )
    run_queued_pdf_jobs()
    assert project.get_absolute_url() in found_urls("kinderbeschermingsketen")


def test_saving_again_while_a_job_waits_queues_no_second_job():
    factsheet = make_factsheet(file=pdf_saying("Eerste versie."))
    factsheet.title = "Nieuwe titel"
    factsheet.save()
    assert ProcrastinateJob.objects.filter(task_name=extract_pdf_text.name).count() == 1
    assert Factsheet.objects.get(pk=factsheet.pk).title == "Nieuwe titel"


def test_a_pdf_that_cannot_be_read_leaves_the_text_empty():
    factsheet = make_factsheet(file=pdf_saying("Iets."))
    Factsheet.objects.filter(pk=factsheet.pk).update(file="factsheets/bestaat-niet.pdf")
    run_queued_pdf_jobs()
    assert Factsheet.objects.get(pk=factsheet.pk).text == ""
