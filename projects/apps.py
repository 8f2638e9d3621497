from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ProjectsConfig(AppConfig):
    name = "projects"
    verbose_name = "Klein-maar-Fijn-projecten"

    def ready(self):
        from members.roles import ensure_trekkers_group

        # members runs this before the projects' permissions exist on a fresh database;
        # running it again once they do gives trekkers the projects admin.
        post_migrate.connect(ensure_trekkers_group, sender=self)
