"""The events index: upcoming events, the archive, filters, a calendar and a feed."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class EventIndexPage(RoutablePageMixin, Page):
    """Lists events (イベント・研修一覧) and offers them as a calendar feed."""

    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "link"],
        help_text=_(
            "A sentence or two above the list, e.g. どなたでも参加できる研修や"
            "セミナーのご案内です。"
        ),
    )

    template = "pages/events/event_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage", "members.MemberEventIndexPage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("events index")
        verbose_name_plural = _("events indexes")

    @path("")
    def index_view(self, request):
        from events.listing import EventListing

        listing = EventListing(self, request)
        return self.render(request, context_overrides={"listing": listing})
