from meetings import admin_registrations  # noqa: F401  (registers the registration admin)
