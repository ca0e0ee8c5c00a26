"""Admin views of the support map beyond Wagtail's stock snippet views."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

CONVERT_URL_NAME = "wagtailsnippets_organisations_membershipapplication:convert"


class ApplicationActionsColumn(Column):
    def get_value(self, instance):
        if instance.organisation_id:
            url = reverse(
                "wagtailsnippets_organisations_organisation:edit",
                args=[instance.organisation_id],
            )
            return format_html('<a href="{}">{}</a>', url, _("Open the draft"))
        url = reverse(CONVERT_URL_NAME, args=[instance.pk])
        return format_html(
            '<a class="button button-small button-secondary" href="{}">{}</a>',
            url,
            _("Create draft organisation"),
        )


application_actions = ApplicationActionsColumn("actions", label=_("Actions"))


class ConvertApplicationView(WagtailAdminTemplateMixin, TemplateView):
    """Confirm, then create a draft Organisation from a membership application."""

    template_name = "organisations/admin/convert_application.html"
    page_title = _("Create draft organisation")
    header_icon = "group"
    viewset = None

    def dispatch(self, request, pk):
        from organisations.models import MembershipApplication

        if not request.user.has_perm("organisations.add_organisation"):
            raise PermissionDenied
        self.application = get_object_or_404(MembershipApplication, pk=pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.application.organisation_name

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["application"] = self.application
        return context

    def post(self, request, pk):
        from organisations.membership import create_draft_organisation

        organisation = create_draft_organisation(self.application, user=request.user)
        return redirect(
            "wagtailsnippets_organisations_organisation:edit", organisation.pk
        )
