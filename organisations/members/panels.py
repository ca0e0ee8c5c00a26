"""Dashboard panels: a member's own work, and the staff moderation overview.

Each panel runs a fixed number of queries whatever the number of items.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, TaskState, WorkflowState

from organisations.members.notifications import edit_path


def _workflow_summary(model, objects):
    """Latest workflow state of each object, with the latest rejection comment."""
    if not objects:
        return {}
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    base_type = ContentType.objects.get_for_model(model)
    states = WorkflowState.objects.filter(
        base_content_type__in={content_type.pk, base_type.pk},
        object_id__in=[str(obj.pk) for obj in objects],
    ).order_by("object_id", "-created_at", "-pk")
    latest = {}
    for state in states:
        latest.setdefault(state.object_id, state)
    rejected = {
        state.pk: state.object_id
        for state in latest.values()
        if state.status == WorkflowState.STATUS_NEEDS_CHANGES
    }
    comments = {}
    if rejected:
        for task_state in TaskState.objects.filter(
            workflow_state_id__in=rejected, status=TaskState.STATUS_REJECTED
        ).order_by("finished_at"):
            comments[rejected[task_state.workflow_state_id]] = task_state.comment
    return {
        key: {"status": state.status, "comment": comments.get(key, "")}
        for key, state in latest.items()
    }


def _row(obj, summary, title):
    info = summary.get(str(obj.pk), {})
    status = info.get("status")
    return {
        "title": title,
        "edit_url": edit_path(obj),
        "live": obj.live,
        "draft_changes": obj.has_unpublished_changes,
        "in_review": status == WorkflowState.STATUS_IN_PROGRESS,
        "rejected": status == WorkflowState.STATUS_NEEDS_CHANGES,
        "comment": info.get("comment", ""),
    }


class MemberPanel(Component):
    name = "member_organisation"
    order = 50
    template_name = "members/panels/member.html"

    def __init__(self, organisation):
        self.organisation = organisation

    def get_context_data(self, parent_context):
        from events.models import EventPage
        from organisations.members.models import MemberEventIndexPage

        default = Locale.get_default()
        folders = list(
            MemberEventIndexPage.objects.filter(
                organisation=self.organisation, locale=default
            )
        )
        events = []
        if folders:
            query = Q()
            for folder in folders:
                query |= Q(path__startswith=folder.path, depth=folder.depth + 1)
            events = list(
                EventPage.objects.filter(query).order_by("-latest_revision_created_at")
            )
        summary = _workflow_summary(Page, events)
        entry = self.organisation
        entry_summary = _workflow_summary(type(entry), [entry])
        return {
            "organisation": entry,
            "entry": _row(entry, entry_summary, entry.name),
            "events": [_row(e, summary, e.title) for e in events],
            "add_url": (
                reverse("wagtailadmin_pages:add_subpage", args=[folders[0].pk])
                if folders
                else None
            ),
        }


class ModerationPanel(Component):
    name = "members_moderation"
    order = 60
    template_name = "members/panels/staff.html"

    def get_context_data(self, parent_context):
        from events.models import EventPage, RegistrationStatus

        states = list(
            WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS)
            .select_related("requested_by", "base_content_type", "content_type")
            .order_by("created_at")[:50]
        )
        pages = Page.objects.in_bulk(
            [
                int(s.object_id)
                for s in states
                if s.base_content_type.model_class() is Page
            ]
        )
        snippets = {}
        for state in states:
            model = state.content_type.model_class()
            if model is not None and state.base_content_type.model_class() is not Page:
                snippets.setdefault(model, []).append(state.object_id)
        snippet_objects = {
            (model, str(pk)): obj
            for model, ids in snippets.items()
            for pk, obj in model._default_manager.in_bulk(ids).items()
        }
        waiting = []
        for state in states:
            if state.base_content_type.model_class() is Page:
                obj = pages.get(int(state.object_id))
            else:
                obj = snippet_objects.get(
                    (state.content_type.model_class(), state.object_id)
                )
            if obj is None:
                continue
            waiting.append(
                {
                    "title": str(obj),
                    "edit_url": edit_path(obj),
                    "requested_by": state.requested_by,
                    "since": state.created_at,
                }
            )
        now = timezone.now()
        upcoming = (
            EventPage.objects.live()
            .filter(locale=Locale.get_default())
            .filter(Q(start__gte=now) | Q(start_date__gte=timezone.localdate()))
            .annotate(
                confirmed=Count(
                    "registrations",
                    filter=Q(registrations__status=RegistrationStatus.CONFIRMED),
                ),
                waitlisted=Count(
                    "registrations",
                    filter=Q(registrations__status=RegistrationStatus.WAITLISTED),
                ),
            )
            .order_by("start", "start_date")[:10]
        )
        return {"waiting": waiting, "upcoming": upcoming}
