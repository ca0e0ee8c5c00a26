"""Page types of the support map and the membership application."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page


class DirectoryPage(RoutablePageMixin, Page):
    """The support map (デジタルマップ): list, map, detail pages and open data."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "link", "ul"],
        help_text=_(
            "One or two sentences above the filters, e.g. what the map is for and "
            "that anyone may get in touch."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    template = "pages/organisations/directory_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("support map")
        verbose_name_plural = _("support maps")

    @path("")
    def index_route(self, request):
        from organisations.views.directory import directory_view

        return directory_view(request, self)

    @re_path(r"^(?P<slug>[-a-z0-9_]+)/$", name="organisation")
    def detail_route(self, request, slug):
        from organisations.views.detail import detail_view

        return detail_view(request, self, slug)


class JoinApplicationPage(RoutablePageMixin, Page):
    """The "join the platform" application form (参加申込)."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        help_text=_("What joining means and who can join, in two or three sentences."),
    )
    requirements = RichTextField(
        _("participation requirements"),
        help_text=_(
            "The conditions applicants agree to (参加要件). Shown next to the "
            "agreement checkbox."
        ),
    )
    thank_you_text = RichTextField(
        _("thank-you message"),
        blank=True,
        help_text=_("Shown after an application is sent, e.g. when staff will reply."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("requirements"),
        FieldPanel("thank_you_text"),
    ]

    template = "pages/organisations/join_application_page.html"
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("membership application page")
        verbose_name_plural = _("membership application pages")

    @path("")
    def form_route(self, request):
        from organisations.views.join import form_view

        return form_view(request, self)

    @path("thanks/", name="thanks")
    def thanks_route(self, request):
        from organisations.views.join import thanks_view

        return thanks_view(request, self)
