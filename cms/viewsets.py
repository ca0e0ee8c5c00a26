"""Admin screens for site-wide content."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import ReorderView
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import HelpLine


class HelpLineReorderView(ReorderView):
    """Reorder within one language.

    The listing shows one language at a time, but the stock view counts positions
    across every language's rows, so dragging a row would land it elsewhere.
    """

    def post(self, request, *args, **kwargs):
        self.locale_id = (
            HelpLine.objects.filter(pk=kwargs.get("pk"))
            .values_list("locale_id", flat=True)
            .first()
        )
        return super().post(request, *args, **kwargs)

    def get_queryset(self):
        return super().get_queryset().filter(locale_id=self.locale_id)


class HelpLineViewSet(SnippetViewSet):
    model = HelpLine
    icon = "help"
    menu_label = _("Help lines")
    menu_order = 150
    add_to_admin_menu = True
    list_display = ["name", "phone", "hours", "audience", "is_sample"]
    list_filter = ["is_sample"]
    # The full-text backend cannot split Japanese words; a substring search can.
    search_backend_name = None
    search_fields = ["name", "hours", "audience", "description"]
    reorder_view_class = HelpLineReorderView
