"""Admin wiring for members: a simple menu and dashboard, and staff's overview."""

from django.db.models import Q
from wagtail import hooks

from organisations.members.access import is_member, member_organisation
from organisations.members.panels import MemberPanel, ModerationPanel
from organisations.members.roles import STAFF_GROUP

# What a member uses: pages (their events folder), images and documents for
# those pages, and their organisation's entry (the support map's menu group,
# recognised by its label because its name is derived from the translated label).
MEMBER_MENU_ITEMS = {"explorer", "images", "documents"}


@hooks.register("construct_main_menu")
def simplify_member_menu(request, menu_items):
    if is_member(request.user):
        from organisations.viewsets import OrganisationsGroup

        menu_items[:] = [
            item
            for item in menu_items
            if item.name in MEMBER_MENU_ITEMS
            or str(item.label) == str(OrganisationsGroup.menu_label)
        ]


def _is_staff(user):
    return user.is_superuser or any(g.name == STAFF_GROUP for g in user.groups.all())


@hooks.register("construct_homepage_panels")
def add_moderation_panels(request, panels):
    organisation = member_organisation(request.user)
    if organisation is not None:
        panels.insert(0, MemberPanel(organisation))
    elif _is_staff(request.user):
        panels.insert(0, ModerationPanel())


@hooks.register("construct_page_chooser_queryset")
def hide_other_members_drafts(pages, request):
    """Members link to any published page and to drafts in their own folders.

    Wagtail's page chooser lists every page whatever the user's permissions, so
    without this a member saw the titles of other organisations' unpublished
    events.
    """
    organisation = member_organisation(request.user)
    if organisation is None:
        return pages
    from organisations.members.models import MemberEventIndexPage

    own = Q()
    for path in MemberEventIndexPage.objects.filter(
        organisation__translation_key=organisation.translation_key
    ).values_list("path", flat=True):
        own |= Q(path__startswith=path)
    return pages.filter(Q(live=True) | own) if own else pages.live()
