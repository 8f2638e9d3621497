"""Password rules with Dutch messages where Django has none."""

from django.contrib.auth import password_validation


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    """Django's length check, in Dutch: Django 5.2 changed its text and has no translation."""

    def get_error_message(self):
        return f"Dit wachtwoord is te kort. Gebruik minstens {self.min_length} tekens."

    def get_help_text(self):
        return f"Je wachtwoord heeft minstens {self.min_length} tekens."
