"""Turning a membership application into a draft organisation."""

import uuid

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from organisations.models import MembershipApplication, Organisation


def unique_slug(base):
    slug = base
    while Organisation.objects.filter(slug=slug).exists():
        slug = f"{base}-{uuid.uuid4().hex[:4]}"
    return slug


@transaction.atomic
def create_draft_organisation(application, user=None):
    """Create an unpublished Organisation from ``application`` and link them.

    Returns the existing organisation if the application was converted before,
    so a double click never makes two drafts.
    """
    if application.organisation_id:
        return application.organisation
    organisation = Organisation(
        locale=Locale.get_default(),
        name=application.organisation_name,
        slug=unique_slug(f"application-{application.pk}"),
        organisation_type=application.organisation_type,
        municipality=application.municipality,
        phone=application.phone,
        email=application.email,
        website=application.website,
        description=application.activities,
        is_member=True,
        member_since=timezone.localdate(),
        live=False,
    )
    organisation.save()
    # The application may lack what a published entry needs (e.g. the
    # municipality): staff complete the draft before publishing it.
    organisation.save_revision(user=user, log_action=True, clean=False)
    application.organisation = organisation
    application.status = MembershipApplication.Status.CONVERTED
    application.save(update_fields=["organisation", "status"])
    return organisation
