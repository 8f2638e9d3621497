from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ParticipationConfig(AppConfig):
    name = "participation"
    verbose_name = "Deelname"

    def ready(self):
        from members.roles import ensure_trekkers_group

        # After this app's migrations its permissions exist: give them to the trekkers.
        post_migrate.connect(ensure_trekkers_group, sender=self)
