"""Keep member event folders consistent as pages are created and translated."""

from django.db.models.signals import post_save, pre_save


def add_folder_organiser(sender, instance, **kwargs):
    """An event saved in a member's folder always lists that member as organiser.

    Runs on the first save (when the page is created) and whenever a revision is
    published, so the live page carries the organiser even if a draft dropped it.
    """
    from organisations.members.models import MemberEventIndexPage

    if kwargs.get("raw") or not instance.path:
        return
    parent = (
        MemberEventIndexPage.objects.filter(
            path=instance.path[: -instance.steplen], organisation__isnull=False
        )
        .select_related("organisation")
        .first()
    )
    if parent is None:
        return
    organisers = instance.organisers
    current = list(organisers.all())
    if parent.organisation not in current:
        # set() rather than add(): add() reads the database, which fails while
        # the page has no primary key yet.
        organisers.set([*current, parent.organisation])


def grant_translated_folder(sender, instance, created, raw=False, **kwargs):
    """A folder's translation (made by wagtail-localize) gets the same permissions."""
    if raw or not created or instance.organisation_id is None:
        return
    from organisations.members.accounts import grant_folder_permissions

    grant_folder_permissions(instance.organisation)


def attach_event_workflow(sender, instance, created, raw=False, **kwargs):
    """A new events index (a translation, usually) gets the event workflow too,
    so translated events are moderated like the Japanese ones."""
    if raw or not created:
        return
    from wagtail.models import Workflow, WorkflowPage

    from organisations.members.roles import EVENT_WORKFLOW

    workflow = Workflow.objects.filter(name=EVENT_WORKFLOW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(
            page=instance.page_ptr, defaults={"workflow": workflow}
        )


def connect():
    from events.models import EventIndexPage, EventPage
    from organisations.members.models import MemberEventIndexPage

    pre_save.connect(
        add_folder_organiser, sender=EventPage, dispatch_uid="members_organiser"
    )
    post_save.connect(
        attach_event_workflow,
        sender=EventIndexPage,
        dispatch_uid="members_event_workflow",
    )
    post_save.connect(
        grant_translated_folder,
        sender=MemberEventIndexPage,
        dispatch_uid="members_translated_folder",
    )
