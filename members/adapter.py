"""allauth's account adapter, with lock-outs written to the security log."""

from allauth.account.adapter import DefaultAccountAdapter
from django.core.exceptions import ValidationError

from members.security_log import account_for_login, log_event


class AccountAdapter(DefaultAccountAdapter):
    def pre_authenticate(self, request, **credentials):
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError:
            log_event("login_locked", request=request, user=account_for_login(credentials))
            raise
