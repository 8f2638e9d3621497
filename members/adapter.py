"""allauth's adapters: lock-outs logged, mails in the network's name, 2FA errors in Dutch."""

from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from django.conf import settings
from django.core.exceptions import ValidationError

from leernetwerk.mail import queue
from members.middleware import may_use_admin
from members.security_log import account_for_login, log_event


def portal_site() -> SimpleNamespace:
    """Return the site allauth's mails name: SITE_NAME at the host of SITE_URL."""
    return SimpleNamespace(name=settings.SITE_NAME, domain=urlsplit(settings.SITE_URL).netloc)


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        """Render allauth's mail as allauth does, then queue it like every other mail."""
        # Without django.contrib.sites, allauth names the request's host ("127.0.0.1:8811").
        context = {
            "email": email,
            **context,
            "current_site": portal_site(),
            "site_url": settings.SITE_URL,
            "contact_email": settings.CONTACT_EMAIL,
        }
        message = self.render_mail(template_prefix, email, context)
        # Sign-in links and codes: the admin's outbox does not show their text.
        queue(message, confidential=True)

    def pre_authenticate(self, request, **credentials):
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError:
            log_event("login_locked", request=request, user=account_for_login(credentials))
            raise


class MFAAdapter(DefaultMFAAdapter):
    """allauth's two-factor login, with its errors in the portal's own words."""

    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "incorrect_code": "Deze code klopt niet. Neem de code over die je app nu laat zien, "
        "of gebruik een van je herstelcodes.",
        "cannot_delete_authenticator": "Je kunt tweestapsverificatie niet uitzetten: als "
        "trekker heb je haar nodig voor het beheer.",
        "cannot_generate_recovery_codes": "Zet eerst tweestapsverificatie aan. Daarna maak je "
        "herstelcodes.",
        "unverified_email": "Bevestig eerst je e-mailadres. Daarna kun je "
        "tweestapsverificatie aanzetten.",
        "add_email_blocked": "Je account is beveiligd met tweestapsverificatie. Daarom kun je "
        "hier geen e-mailadres toevoegen.",
    }

    def can_delete_authenticator(self, authenticator):
        # The admin demands a second factor; those who can publish must keep theirs.
        return not may_use_admin(authenticator.user)
