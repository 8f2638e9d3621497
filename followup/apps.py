from django.apps import AppConfig
from django.db.models.signals import post_migrate


class FollowupConfig(AppConfig):
    name = "followup"
    verbose_name = "Vervolgacties en evaluaties"

    def ready(self):
        from members.roles import ensure_trekkers_group

        # Trekkers get the follow-up admin once its permissions exist.
        post_migrate.connect(ensure_trekkers_group, sender=self)
