"""Background work of the search: reading the text of uploaded PDFs (on the task queue)."""

from contextlib import suppress

from django.apps import apps
from django.db import transaction
from procrastinate.contrib.django import app
from procrastinate.exceptions import AlreadyEnqueued

from leernetwerk.page_cache import content_changed
from search import registry
from search.pdf_text import text_of


@app.task(queue="default", retry=3)
def extract_pdf_text(model: str, pk: int):
    """Read the PDF of one object into its `text` field and index it again."""
    model_class = apps.get_model(model)
    obj = model_class._default_manager.filter(pk=pk).first()
    if obj is None or not obj.file:
        return
    text = text_of(obj.file)
    if text != obj.text:
        # update(): no save signal, so this does not queue itself again.
        model_class._default_manager.filter(pk=pk).update(text=text)
        obj.text = text
        # Nor does the page cache hear of it: search results may show the new words.
        content_changed()
    registry.on_save(model_class, obj)


def queue_pdf_text(sender, instance, raw=False, **kwargs):
    """A post_save receiver: read the PDF of a saved object in the background, once at a time."""
    if raw or sender._meta.label not in registry.sources.pdf_models or not instance.file:
        return
    # A waiting job reads the file as it is by then. The savepoint keeps the refused insert
    # of a second job from breaking the transaction of the save.
    with suppress(AlreadyEnqueued), transaction.atomic():
        extract_pdf_text.configure(
            queueing_lock=f"pdf-text-{sender._meta.label_lower}-{instance.pk}"
        ).defer(model=sender._meta.label, pk=instance.pk)
