"""Groups, permissions and moderation workflows, set up idempotently.

Run by the ``setup_member_roles`` command, by ``create_member_account`` and by the
demo loader. Rerunning adds what is missing and never removes what staff added.
"""

import logging

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

logger = logging.getLogger(__name__)

# Group and workflow names are what staff see in the admin: Japanese, fixed.
STAFF_GROUP = "広報担当"
MEMBER_GROUP = "会員団体"
EVENT_WORKFLOW = "イベント審査"
DIRECTORY_WORKFLOW = "団体情報審査"
REVIEW_TASK = "広報担当による確認"

STAFF_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "delete_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
# Members add and change pages in their own folder only: never publish, never delete.
MEMBER_PAGE_PERMISSIONS = ["add_page", "change_page"]

# Every model permission of these apps goes to staff (editorial snippets,
# registrations, search terms, member accounts).
STAFF_APPS = ["cms", "sitesearch", "home", "organisations", "events", "members"]
STAFF_EXTRA = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
]
# Model-level "change" is needed to open the snippet editor at all; the
# Organisation viewset narrows it to the member's own entry (access.py).
MEMBER_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("organisations", "change_organisation"),
]
STAFF_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
# "add" lets members upload and edit their own images, and choose any.
MEMBER_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]


def _permissions(pairs):
    query = Q(pk__in=[])
    for app_label, codename in pairs:
        query |= Q(content_type__app_label=app_label, codename=codename)
    return Permission.objects.filter(query)


def _page_permissions(codenames):
    return Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=codenames
    )


def grant_page_permissions(group, page, codenames):
    for permission in _page_permissions(codenames):
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission
        )


def _grant_collection_permissions(group, pairs):
    root = Collection.get_first_root_node()
    if root is None:
        return
    for permission in _permissions(pairs):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root, permission=permission
        )


def staff_group():
    group, _created = Group.objects.get_or_create(name=STAFF_GROUP)
    return group


def member_group():
    group, _created = Group.objects.get_or_create(name=MEMBER_GROUP)
    return group


def setup_groups():
    staff = staff_group()
    staff.permissions.add(
        *Permission.objects.filter(content_type__app_label__in=STAFF_APPS),
        *_permissions(STAFF_EXTRA),
    )
    root = Page.get_first_root_node()
    if root is not None:
        grant_page_permissions(staff, root, STAFF_PAGE_PERMISSIONS)
    _grant_collection_permissions(staff, STAFF_COLLECTION_PERMISSIONS)

    members = member_group()
    members.permissions.add(*_permissions(MEMBER_PERMISSIONS))
    _grant_collection_permissions(members, MEMBER_COLLECTION_PERMISSIONS)
    return staff, members


def _review_task(staff):
    task = GroupApprovalTask.objects.filter(name=REVIEW_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK)
    if not task.groups.exists():
        task.groups.add(staff)
    return task


def _workflow(name, task):
    workflow, _created = Workflow.objects.get_or_create(name=name)
    if not workflow.workflow_tasks.exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def setup_workflows():
    """Attach the event workflow to every locale's events index, and the
    directory workflow to Organisation. An index already carrying another
    workflow keeps it: staff chose that on purpose."""
    from events.models import EventIndexPage
    from organisations.models import Organisation

    task = _review_task(staff_group())
    events = _workflow(EVENT_WORKFLOW, task)
    directory = _workflow(DIRECTORY_WORKFLOW, task)
    for index in EventIndexPage.objects.all():
        WorkflowPage.objects.get_or_create(
            page=index.page_ptr, defaults={"workflow": events}
        )
    WorkflowContentType.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(Organisation),
        defaults={"workflow": directory},
    )
    return events, directory


def setup_roles():
    staff, members = setup_groups()
    workflows = setup_workflows()
    logger.info("Member roles and moderation workflows are set up")
    return staff, members, workflows
