from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = "Meldingen"

    def ready(self):
        from notifications import signals  # noqa: F401  (connects the receivers)
