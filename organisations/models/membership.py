"""Applications to join the platform, sent from JoinApplicationPage."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from organisations.choices import OrganisationType


class MembershipApplication(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        CONVERTED = "converted", _("Draft organisation created")
        DECLINED = "declined", _("Declined")

    organisation_name = models.CharField(_("organisation name"), max_length=200)
    organisation_type = models.CharField(
        _("type"), max_length=30, choices=OrganisationType.choices
    )
    municipality = models.ForeignKey(
        "organisations.Municipality",
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_name = models.CharField(_("contact person"), max_length=100)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    website = models.URLField(_("website"), blank=True)
    activities = models.TextField(_("activities"))
    agreed_to_requirements = models.BooleanField(
        _("agreed to the participation requirements"), default=False
    )
    language_code = models.CharField(_("language"), max_length=10, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The draft organisation created from this application."),
    )
    staff_notes = models.TextField(_("staff notes"), blank=True)

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")

    def __str__(self):
        return self.organisation_name
