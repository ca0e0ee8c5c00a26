"""Admin wiring: registration views, and a button on each event page."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from events import admin_views
from events.models import EventPage

admin_urls = (
    [
        path("<int:page_id>/", admin_views.registrations, name="registrations"),
        path(
            "<int:page_id>/registrations.csv",
            admin_views.registrations_csv,
            name="csv",
        ),
        path("<int:page_id>/notify/", admin_views.notify, name="notify"),
    ],
    "events_admin",
)


@hooks.register("register_admin_urls")
def register_event_admin_urls():
    return [path("event-registrations/", include(admin_urls))]


class RegistrationsButton(PageMenuItem):
    label = _("Registrations")
    icon_name = "group"

    @property
    def url(self):
        return reverse("events_admin:registrations", args=[self.page.pk])

    def is_shown(self, user):
        return (
            isinstance(self.page.specific_deferred, EventPage)
            and self.page.permissions_for_user(user).can_edit()
        )


@hooks.register("register_page_header_buttons")
def registrations_header_button(page, user, view_name, next_url=None):
    if page.specific_class is EventPage:
        yield RegistrationsButton(page=page, priority=12)


@hooks.register("register_page_listing_more_buttons")
def registrations_listing_button(page, user, next_url=None):
    if page.specific_class is EventPage:
        yield RegistrationsButton(page=page, priority=5)
