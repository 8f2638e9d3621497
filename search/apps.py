from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.module_loading import autodiscover_modules


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Zoeken"

    def ready(self):
        from search import registry

        # Each app declares its sources in its own search.py, found the way the admin finds
        # admin.py; an app without one is simply not findable. (django.contrib.postgres has a
        # search module too: importing it registers nothing.)
        autodiscover_modules("search", register_to=registry.sources)
        # The receivers listen to every model and ignore those without a search source, so
        # the other apps need not know the search index exists.
        post_save.connect(registry.on_save, dispatch_uid="search_index_on_save")
        post_delete.connect(registry.on_delete, dispatch_uid="search_index_on_delete")
        m2m_changed.connect(registry.on_m2m_changed, dispatch_uid="search_index_on_m2m")
        # The text of uploaded PDFs is read by the worker (search/tasks.py).
        from search.tasks import queue_pdf_text

        post_save.connect(queue_pdf_text, dispatch_uid="search_pdf_text_on_save")
