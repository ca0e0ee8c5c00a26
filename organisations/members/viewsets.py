"""A snippet viewset mixin that limits members to their own organisation's entry.

See ``organisations.members.access`` for why the stock views need this.
"""

from django.core.exceptions import PermissionDenied
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
)

from organisations.members.access import (
    guard_urlpatterns,
    is_member,
    scope_organisations,
)


class ScopedChooseMixin:
    def get_object_list(self):
        return scope_organisations(super().get_object_list(), self.request.user)


class ScopedChooseView(ScopedChooseMixin, ChooseView):
    pass


class ScopedChooseResultsView(ScopedChooseMixin, ChooseResultsView):
    pass


class ScopedChosenMultipleView(SnippetChosenMultipleView):
    def get(self, request, *args, **kwargs):
        if is_member(request.user):
            ids = request.GET.getlist("id")
            allowed = scope_organisations(
                self.model.objects.filter(pk__in=ids), request.user
            )
            if allowed.count() != len(set(ids)):
                raise PermissionDenied
        return super().get(request, *args, **kwargs)


class ScopedOrganisationChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_multiple_view_class = ScopedChosenMultipleView

    def get_urlpatterns(self):
        return guard_urlpatterns(super().get_urlpatterns())


class MemberScopedViewSetMixin:
    """Mix into the Organisation SnippetViewSet, before SnippetViewSet."""

    chooser_viewset_class = ScopedOrganisationChooserViewSet

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if not is_member(request.user):
            return queryset
        if queryset is None:
            queryset = self.model._default_manager.all()
        return scope_organisations(queryset, request.user)

    def get_urlpatterns(self):
        return guard_urlpatterns(super().get_urlpatterns())
