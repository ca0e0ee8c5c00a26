"""Who belongs to which member organisation, and where its events live."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField


class MemberProfile(models.Model):
    """Links one user to the member organisation they work for.

    It points at the Japanese (source) entry; every locale's copy of the
    organisation shares its ``translation_key``, which is what access checks use.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="member_profile",
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="member_profiles",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("member account")
        verbose_name_plural = _("member accounts")

    def __str__(self):
        return f"{self.user} ({self.organisation})"


class MemberGroup(models.Model):
    """The group holding one organisation's page permissions (団体ごとのグループ)."""

    organisation = models.OneToOneField(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="member_group",
    )
    group = models.OneToOneField(
        Group, verbose_name=_("group"), on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        verbose_name = _("member organisation group")
        verbose_name_plural = _("member organisation groups")

    def __str__(self):
        return self.group.name


class MemberEventIndexPage(Page):
    """One member organisation's folder of events under the shared events index.

    Page permissions are granted per folder: a member group may add and change
    pages here and nowhere else, which Wagtail's page permissions enforce in the
    editor, explorer, search and reports alike (see STACK.md). Visitors never see
    the folder itself; its address leads to the events list.
    """

    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"locale__language_code": "ja"},
        help_text=_(
            "The member organisation whose events are kept here. Its staff can add "
            "and edit events in this folder and send them for review."
        ),
    )

    template = "pages/members/member_event_index_page.html"
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = ["events.EventPage"]

    content_panels = Page.content_panels + ["organisation"]
    promote_panels = []

    # Every locale's folder belongs to the same (Japanese) organisation.
    override_translatable_fields = [SynchronizedField("organisation")]

    class Meta:
        verbose_name = _("member events folder")
        verbose_name_plural = _("member events folders")

    def serve(self, request, *args, **kwargs):
        return redirect(self.get_parent().get_url(request) or "/")

    def get_sitemap_urls(self, request=None):
        return []
