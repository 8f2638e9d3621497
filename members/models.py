from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils import timezone


class UserManager(BaseUserManager):
    """Users are known by their e-mail address; there are no usernames."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("Een e-mailadres is verplicht.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        extra_fields.setdefault("approval_status", User.ApprovalStatus.APPROVED)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """An account of the portal. New accounts wait for a trekker's approval."""

    class ApprovalStatus(models.TextChoices):
        PENDING = "pending", "Wacht op goedkeuring"
        APPROVED = "approved", "Goedgekeurd"
        REFUSED = "refused", "Afgewezen"

    username = None
    email = models.EmailField("e-mailadres", unique=True)
    approval_status = models.CharField(
        "status lidmaatschap",
        max_length=16,
        choices=ApprovalStatus,
        default=ApprovalStatus.PENDING,
        help_text="Nieuwe accounts wachten tot een trekker ze goedkeurt.",
    )
    approval_changed_at = models.DateTimeField("status gewijzigd op", null=True, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = "account"
        verbose_name_plural = "accounts"
        ordering = ["email"]

    def __str__(self):
        return self.get_full_name() or self.email

    def is_approved(self) -> bool:
        return self.approval_status == self.ApprovalStatus.APPROVED

    def approve(self):
        self.approval_status = self.ApprovalStatus.APPROVED
        self.approval_changed_at = timezone.now()
        self.save(update_fields=["approval_status", "approval_changed_at"])

    def refuse(self):
        self.approval_status = self.ApprovalStatus.REFUSED
        self.approval_changed_at = timezone.now()
        self.save(update_fields=["approval_status", "approval_changed_at"])


class Profile(models.Model):
    """A member's public face in the network."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="profile")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "profiel"
        verbose_name_plural = "profielen"

    def __str__(self):
        return str(self.user)
