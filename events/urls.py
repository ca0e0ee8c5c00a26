from django.urls import path

from events import views

app_name = "events"

urlpatterns = [
    path("event-registration/<int:page_id>/", views.register, name="register"),
    path("event-registration/done/<str:token>/", views.registered, name="registered"),
    path("event-registration/cancel/<str:token>/", views.cancel, name="cancel"),
]
