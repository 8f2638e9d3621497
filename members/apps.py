from django.apps import AppConfig
from django.db.models.signals import post_migrate


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = "Leden"

    def ready(self):
        from members import security_log, signals  # noqa: F401  (connects the receivers)
        from members.roles import ensure_trekkers_group

        post_migrate.connect(ensure_trekkers_group, sender=self)
        security_log.connect_receivers()
