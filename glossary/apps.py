from django.apps import AppConfig
from django.db.models.signals import post_migrate


class GlossaryConfig(AppConfig):
    name = "glossary"
    verbose_name = "Begrippenkader"

    def ready(self):
        from glossary import services, versioned_cache
        from members.roles import ensure_trekkers_group

        services.connect_signals()
        versioned_cache.connect_signals()
        # members runs this before the glossary's permissions exist on a fresh database;
        # running it again once they do gives trekkers the glossary admin.
        post_migrate.connect(ensure_trekkers_group, sender=self)
