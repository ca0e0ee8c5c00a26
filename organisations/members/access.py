"""Which organisation a member account acts for, and the admin views that enforce it.

Wagtail's snippet views check model-level permissions only, even when a
per-instance permission policy is registered (measured on 8.0.1, STACK.md): a
member holding "change organisation" could open and POST to any entry's edit
view. So the rule lives in the viewset itself: its listing and chooser show only
the member's own entry, and every URL carrying a primary key refuses others.
"""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.urls import URLPattern
from wagtail.models import Locale

_UNSET = object()


def member_profile(user):
    """The user's MemberProfile, or None for staff, superusers and anonymous users.

    Cached on the user object: it is asked several times per request.
    """
    cached = getattr(user, "_member_profile_cache", _UNSET)
    if cached is not _UNSET:
        return cached
    profile = None
    if user.is_authenticated and not user.is_superuser:
        from organisations.members.models import MemberProfile

        profile = (
            MemberProfile.objects.select_related("organisation")
            .filter(user=user)
            .first()
        )
    user._member_profile_cache = profile
    return profile


def member_organisation(user):
    profile = member_profile(user)
    return profile.organisation if profile else None


def is_member(user):
    return member_profile(user) is not None


def scope_organisations(queryset, user):
    """Limit an Organisation queryset to what ``user`` may see in the admin.

    Members see their own entry in the default (Japanese) locale only: the
    translation editor checks model-level permissions alone, so translations stay
    with staff.
    """
    organisation = member_organisation(user)
    if organisation is None:
        return queryset
    return queryset.filter(
        translation_key=organisation.translation_key,
        locale=Locale.get_default(),
    )


def may_access_organisation(user, pk):
    if not is_member(user):
        return True
    from organisations.models import Organisation

    return scope_organisations(Organisation.objects.filter(pk=pk), user).exists()


def _guard(view):
    @wraps(view)
    def guarded(request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None and not may_access_organisation(
            request.user, unquote(str(pk))
        ):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded


def guard_urlpatterns(patterns):
    """Wrap every view taking ``pk`` with the organisation check."""
    guarded = []
    for pattern in patterns:
        if isinstance(pattern, URLPattern) and "pk" in pattern.pattern.regex.groupindex:
            pattern = URLPattern(
                pattern.pattern,
                _guard(pattern.callback),
                pattern.default_args,
                pattern.name,
            )
        guarded.append(pattern)
    return guarded
