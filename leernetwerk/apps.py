from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save


class LeernetwerkConfig(AppConfig):
    name = "leernetwerk"
    verbose_name = "Leernetwerk"

    def ready(self):
        # The receivers listen to every model and ignore those without a search source, so
        # the other apps need not know the search index exists.
        from leernetwerk.search import registry, sources  # noqa: F401 (registers the sources)

        post_save.connect(registry.on_save, dispatch_uid="search_index_on_save")
        post_delete.connect(registry.on_delete, dispatch_uid="search_index_on_delete")
        m2m_changed.connect(registry.on_m2m_changed, dispatch_uid="search_index_on_m2m")
