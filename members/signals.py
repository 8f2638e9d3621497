"""Reactions to account events from allauth and Django's auth."""

from allauth.account.signals import email_confirmed
from django.contrib import messages
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from members.roles import is_approved_member


@receiver(email_confirmed)
def tell_trekkers_about_confirmed_signup(request, email_address, **kwargs):
    """A sign-up reaches the trekkers once its e-mail address is confirmed."""
    from members.services import notify_trekkers_of_signup

    user = email_address.user
    if user.approval_status == user.ApprovalStatus.PENDING:
        notify_trekkers_of_signup(user)


@receiver(user_logged_in)
def remind_to_fill_in_profile(request, user, **kwargs):
    """Lead a newly approved member to the profile form."""
    from members.models import Profile

    if request is None or not is_approved_member(user):
        return
    if not Profile.objects.filter(user=user, completed_at__isnull=False).exists():
        messages.info(
            request,
            "Welkom! Vul je profiel in via 'Mijn profiel', zodat andere leden je kunnen vinden.",
            # Logins without the message middleware (tests, scripts) simply get no reminder.
            fail_silently=True,
        )
