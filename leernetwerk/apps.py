from django.apps import AppConfig


class LeernetwerkConfig(AppConfig):
    name = "leernetwerk"
    verbose_name = "Leernetwerk"

    def ready(self):
        from leernetwerk import page_cache

        page_cache.connect_signals()
