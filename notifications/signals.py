"""Moments that other apps keep no date of, and the one question to a newly approved member."""

from django.contrib import messages
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from members.roles import is_approved_member
from notifications.models import Milestone, Preferences
from projects.models import ProjectUpdate, Theme


@receiver(post_save, sender=ProjectUpdate)
def date_new_project_update(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        Milestone.objects.get_or_create(
            key=f"project-update:{instance.pk}",
            defaults={
                "kind": "project_update",
                "object_id": instance.pk,
                "happened_at": timezone.now(),
            },
        )


@receiver(post_save, sender=Theme)
def date_theme_on_agenda(sender, instance, raw=False, **kwargs):
    """A theme put on a meeting's agenda, or discussed there, is news for its supporters."""
    if raw or not instance.meeting_id:
        return
    if instance.status not in {Theme.Status.SCHEDULED, Theme.Status.DISCUSSED}:
        return
    Milestone.objects.get_or_create(
        key=f"theme:{instance.pk}:{instance.status}:{instance.meeting_id}",
        defaults={
            "kind": "theme",
            "object_id": instance.pk,
            "happened_at": (instance.discussed_at or timezone.now())
            if instance.status == Theme.Status.DISCUSSED
            else timezone.now(),
        },
    )


@receiver(user_logged_in)
def ask_for_notification_choices(request, user, **kwargs):
    """Ask a member once, at the first login after approval, how they want to hear news."""
    if request is None or not is_approved_member(user):
        return
    preferences, _ = Preferences.objects.get_or_create(user=user)
    if preferences.prompted_at or preferences.chosen_at:
        return
    preferences.prompted_at = timezone.now()
    preferences.save(update_fields=["prompted_at"])
    messages.info(
        request,
        format_html(
            "Wil je e-mail krijgen over nieuwe bijeenkomsten, verslagen en projecten? "
            '<a href="{}">Kies hoe je op de hoogte blijft</a>.',
            reverse("notifications:settings"),
        ),
        fail_silently=True,
    )
