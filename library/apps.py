from django.apps import AppConfig
from django.db.models.signals import post_migrate


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = "Kennisbank en nieuws"

    def ready(self):
        from members.roles import ensure_trekkers_group

        # As in projects: run again once this app's permissions exist, so trekkers get them.
        post_migrate.connect(ensure_trekkers_group, sender=self)
