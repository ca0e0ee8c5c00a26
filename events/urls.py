from django.urls import path, re_path

from events import views

app_name = "events"

urlpatterns = [
    path("event-registration/<int:page_id>/", views.register, name="register"),
    path("event-registration/done/<str:token>/", views.registered, name="registered"),
    path("event-registration/cancel/<str:token>/", views.cancel, name="cancel"),
    # Wagtail only routes paths ending in "/", so the calendar files beside the
    # pages (…/events/feed.ics, …/events/<event>/event.ics) are served here.
    re_path(
        r"^(?P<page_path>(?:[\w\-]+/)+)(?P<kind>event|feed)\.ics$",
        views.calendar_file,
        name="calendar_file",
    ),
]
