"""Moderation emails in Japanese, replacing Wagtail's stock workflow emails.

Wagtail's own approval email leaves out the moderator's comment, so "approve with
comment" reaches the submitter without it (STACK.md). These handlers send one
plain Japanese email per event: new submission to the reviewing group, approval
and rejection (with the latest comment) to the submitter. Links start with
``WAGTAILADMIN_BASE_URL``. Wagtail's notification preferences on each user's
profile are respected.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import GroupApprovalTask, Page, TaskState, WorkflowState
from wagtail.signals import (
    task_submitted,
    workflow_approved,
    workflow_rejected,
    workflow_submitted,
)
from wagtail.users.models import UserProfile

logger = logging.getLogger(__name__)

# The dispatch_uids wagtail.admin uses for the handlers these replace.
WAGTAIL_HANDLERS = [
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification"),
    (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification"),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification"),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification"),
]


def edit_path(obj):
    if isinstance(obj, Page):
        return reverse("wagtailadmin_pages:edit", args=[obj.pk])
    return AdminURLFinder().get_edit_url(obj) or reverse("wagtailadmin_home")


def edit_url(obj):
    return settings.WAGTAILADMIN_BASE_URL + edit_path(obj)


def latest_comment(workflow_state):
    task_state = workflow_state.task_states.order_by("-finished_at", "-pk").first()
    return task_state.specific.get_comment() if task_state else ""


def _wants(user, preference):
    return (
        user is not None
        and user.is_active
        and user.email
        and getattr(UserProfile.get_for_user(user), f"{preference}_notifications")
    )


def _send(recipients, preference, template, subject, context):
    addresses = sorted({u.email for u in recipients if _wants(u, preference)})
    if not addresses:
        return 0
    context = {"site_name": settings.WAGTAIL_SITE_NAME, **context}
    with translation.override("ja"):
        body = render_to_string(f"members/email/{template}.txt", context)
        subject = str(subject)
    sent = 0
    for address in addresses:
        try:
            sent += send_mail(subject, body, None, [address])
        except OSError:
            logger.exception("Moderation email could not be sent")
    return sent


def _title(obj):
    return obj.get_admin_display_title() if isinstance(obj, Page) else str(obj)


def on_task_submitted(sender, instance, user=None, **kwargs):
    task = instance.task.specific
    if not isinstance(task, GroupApprovalTask):
        return
    obj = instance.workflow_state.content_object
    if isinstance(obj, Page):
        obj = obj.specific_deferred
    recipients = get_user_model().objects.filter(groups__in=task.groups.all())
    if user is not None:
        recipients = recipients.exclude(pk=user.pk)
    with translation.override("ja"):
        subject = _("Waiting for review: %(title)s") % {"title": _title(obj)}
    _send(
        recipients.distinct(),
        "submitted",
        "submitted",
        subject,
        {
            "requested_by": instance.workflow_state.requested_by,
            "object_title": _title(obj),
            "review_url": edit_url(obj),
        },
    )


APPROVED_SUBJECT = gettext_lazy("Approved: %(title)s")
REJECTED_SUBJECT = gettext_lazy("Changes requested: %(title)s")


def _notify_submitter(workflow_state, user, preference, subject_format):
    submitter = workflow_state.requested_by
    if submitter is None or submitter == user:
        return
    obj = workflow_state.content_object
    with translation.override("ja"):
        subject = str(subject_format) % {"title": _title(obj)}
    _send(
        [submitter],
        preference,
        preference,
        subject,
        {
            "object_title": _title(obj),
            "comment": latest_comment(workflow_state),
            "edit_url": edit_url(obj),
        },
    )


def on_workflow_approved(sender, instance, user=None, **kwargs):
    _notify_submitter(instance, user, "approved", APPROVED_SUBJECT)


def on_workflow_rejected(sender, instance, user=None, **kwargs):
    _notify_submitter(instance, user, "rejected", REJECTED_SUBJECT)


def connect():
    for signal, sender, uid in WAGTAIL_HANDLERS:
        signal.disconnect(sender=sender, dispatch_uid=uid)
    task_submitted.connect(
        on_task_submitted, sender=TaskState, dispatch_uid="members_task_submitted"
    )
    workflow_approved.connect(
        on_workflow_approved,
        sender=WorkflowState,
        dispatch_uid="members_workflow_approved",
    )
    workflow_rejected.connect(
        on_workflow_rejected,
        sender=WorkflowState,
        dispatch_uid="members_workflow_rejected",
    )
