from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from .report import PERMISSION, search_report_view
from .viewsets import DistressTermViewSet

register_snippet(DistressTermViewSet)


@hooks.register("register_admin_urls")
def register_search_report_url():
    return [path("reports/site-search/", search_report_view, name="site_search_report")]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return SearchReportMenuItem(
        _("Site search: popular and unanswered"),
        reverse("site_search_report"),
        name="site-search-report",
        icon_name="search",
        order=1310,
    )


@hooks.register("register_permissions")
def register_search_report_permission():
    return Permission.objects.filter(
        content_type__app_label="sitesearch",
        codename__in=[
            "view_zeroresultquery",
            "add_distressterm",
            "change_distressterm",
            "delete_distressterm",
        ],
    )
