"""Member accounts: the per-organisation group and events folder, and invitations."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from wagtail.models import Locale

from organisations.members import roles
from organisations.members.models import (
    MemberEventIndexPage,
    MemberGroup,
    MemberProfile,
)

logger = logging.getLogger(__name__)


class AccountError(Exception):
    """A problem the person running the command can fix; the message says how."""


def source_organisation(organisation):
    """The default-locale (Japanese) copy of ``organisation``."""
    if organisation.locale_id == Locale.get_default().pk:
        return organisation
    return organisation.get_translation(Locale.get_default())


def organisation_group(organisation):
    """The group holding ``organisation``'s page permissions, created if missing."""
    link = MemberGroup.objects.select_related("group").filter(organisation=organisation)
    if link:
        return link[0].group
    base = f"{roles.MEMBER_GROUP}: {organisation.name}"[:140]
    name = base
    if Group.objects.filter(name=name).exists():
        name = f"{base} ({organisation.pk})"
    group = Group.objects.create(name=name)
    MemberGroup.objects.create(organisation=organisation, group=group)
    return group


def member_folder(organisation):
    """The organisation's events folder under the Japanese events index.

    Created and published if missing; None when the site has no events index yet.
    """
    from events.models import EventIndexPage

    folder = MemberEventIndexPage.objects.filter(
        organisation=organisation, locale=Locale.get_default()
    ).first()
    if folder is None:
        index = EventIndexPage.objects.filter(locale=Locale.get_default()).first()
        if index is None:
            return None
        slug = organisation.slug
        if index.get_children().filter(slug=slug).exists():
            slug = f"{slug}-{organisation.pk}"
        folder = index.add_child(
            instance=MemberEventIndexPage(
                title=organisation.name, slug=slug, organisation=organisation
            )
        )
        folder.save_revision().publish()
    grant_folder_permissions(organisation)
    return folder


def grant_folder_permissions(organisation):
    """Give the organisation's group add and change on its folder in every locale."""
    group = organisation_group(organisation)
    for folder in MemberEventIndexPage.objects.filter(organisation=organisation):
        roles.grant_page_permissions(
            group, folder.page_ptr, roles.MEMBER_PAGE_PERMISSIONS
        )


def set_password_url(user):
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={"uidb64": uid, "token": token},
    )
    return settings.WAGTAILADMIN_BASE_URL + path


def send_invitation(user, organisation):
    context = {
        "user": user,
        "organisation": organisation,
        "set_password_url": set_password_url(user),
        "login_url": settings.WAGTAILADMIN_BASE_URL + reverse("wagtailadmin_login"),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    with translation.override("ja"):
        subject = _("Your member account for %(site)s") % {
            "site": settings.WAGTAIL_SITE_NAME
        }
        body = render_to_string("members/email/invitation.txt", context)
    send_mail(subject, body, None, [user.email])


@transaction.atomic
def create_member_account(external_id, email, send_email=True):
    """Create or reuse the user for ``email`` and make it a member of the
    organisation with ``external_id``. Returns ``(user, created)``."""
    from organisations.models import Organisation

    email = (email or "").strip()
    try:
        validate_email(email)
    except ValidationError:
        raise AccountError(
            _("“%(email)s” is not a valid email address.") % {"email": email}
        ) from None
    organisation = Organisation.objects.filter(
        external_id=external_id, locale=Locale.get_default()
    ).first()
    if organisation is None:
        raise AccountError(
            _(
                "No organisation has the import key “%(key)s”. Check the key on "
                "the organisation's “Membership and checks” tab."
            )
            % {"key": external_id}
        )

    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first()
    created = user is None
    if created:
        user = User(username=email.lower(), email=email.lower())
        user.set_unusable_password()
        user.save()
    elif user.is_superuser:
        raise AccountError(
            _("%(email)s is an administrator account and cannot be a member.")
            % {"email": email}
        )
    profile = MemberProfile.objects.filter(user=user).first()
    if profile and profile.organisation_id != organisation.pk:
        raise AccountError(
            _("%(email)s already belongs to %(organisation)s.")
            % {"email": email, "organisation": profile.organisation}
        )
    if profile is None:
        MemberProfile.objects.create(user=user, organisation=organisation)

    member_folder(organisation)
    user.groups.add(roles.member_group(), organisation_group(organisation))
    if send_email:
        send_invitation(user, organisation)
    logger.info(
        "Member account %s for organisation %s (%s)",
        user.pk,
        organisation.pk,
        "created" if created else "reused",
    )
    return user, created
