"""Staff views: the registrations of one event, its CSV, and notifying registrants.

Only users who may edit the event page see its registrations: the same rule as the
page editor, so a later per-member permission setup applies here unchanged.
"""

import csv
import logging

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages

from events import emails
from events.models import Accommodation, EventPage, RegistrationStatus

logger = logging.getLogger(__name__)


def _event_for(request, page_id):
    page = get_object_or_404(EventPage, pk=page_id)
    source = page.source_event
    if not source.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return source


def _summary(event):
    return event.registrations.aggregate(
        confirmed=Count("pk", filter=Q(status=RegistrationStatus.CONFIRMED)),
        waitlisted=Count("pk", filter=Q(status=RegistrationStatus.WAITLISTED)),
        cancelled=Count("pk", filter=Q(status=RegistrationStatus.CANCELLED)),
        with_requests=Count(
            "pk",
            filter=~Q(status=RegistrationStatus.CANCELLED)
            & (~Q(accommodations="") | ~Q(accommodation_note="")),
        ),
    )


def registrations(request, page_id):
    event = _event_for(request, page_id)
    rows = list(event.registrations.order_by("created_at", "pk"))
    labels = dict(Accommodation.choices)
    for row in rows:
        row.accommodation_labels = [labels.get(a, a) for a in row.accommodations]
    active = [r for r in rows if not r.is_cancelled]
    return TemplateResponse(
        request,
        "pages/events/admin/registrations.html",
        {
            "event": event,
            "page_title": _("Registrations: %(title)s") % {"title": event.title},
            "header_icon": "group",
            "confirmed": [r for r in rows if r.is_confirmed],
            "waitlisted": [r for r in rows if r.is_waitlisted],
            "cancelled": [r for r in rows if r.is_cancelled],
            "requests": [r for r in active if r.accommodations or r.accommodation_note],
            "summary": _summary(event),
        },
    )


CSV_COLUMNS = [
    ("status", gettext_lazy("Status")),
    ("order", gettext_lazy("No.")),
    ("name", gettext_lazy("Name")),
    ("name_kana", gettext_lazy("Reading")),
    ("email", gettext_lazy("Email address")),
    ("phone", gettext_lazy("Phone number")),
    ("organisation_name", gettext_lazy("Organisation or workplace")),
    ("accommodations", gettext_lazy("Support requested")),
    ("accommodation_note", gettext_lazy("Details of the support needed")),
    ("question", gettext_lazy("Question or message")),
    ("created_at", gettext_lazy("Registered at")),
    ("cancelled_at", gettext_lazy("Cancelled at")),
]


def _csv_cell(value):
    # Spreadsheets run cells starting with these as formulas (CSV injection).
    text = str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


def registrations_csv(request, page_id):
    event = _event_for(request, page_id)
    labels = dict(Accommodation.choices)
    statuses = dict(RegistrationStatus.choices)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="event-{event.pk}-registrations.csv"'
    )
    # The byte-order mark makes Excel in Japan read the file as UTF-8.
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([str(label) for _key, label in CSV_COLUMNS])
    counters = {}
    for row in event.registrations.order_by("created_at", "pk"):
        counters[row.status] = counters.get(row.status, 0) + 1
        values = {
            "status": statuses.get(row.status, row.status),
            "order": counters[row.status],
            "accommodations": "、".join(
                str(labels.get(a, a)) for a in row.accommodations
            ),
            "created_at": timezone.localtime(row.created_at).strftime("%Y-%m-%d %H:%M"),
            "cancelled_at": timezone.localtime(row.cancelled_at).strftime(
                "%Y-%m-%d %H:%M"
            )
            if row.cancelled_at
            else "",
        }
        writer.writerow(
            [
                _csv_cell(values[key] if key in values else getattr(row, key))
                for key, _label in CSV_COLUMNS
            ]
        )
    logger.info(
        "Registrations CSV of event %s exported by user %s", event.pk, request.user.pk
    )
    return response


class NoticeForm(forms.Form):
    subject = forms.CharField(
        label=gettext_lazy("Subject"),
        max_length=120,
        help_text=gettext_lazy("e.g. 会場が変更になりました"),
    )
    message = forms.CharField(
        label=gettext_lazy("Message"),
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=gettext_lazy(
            "Sent to everyone confirmed or on the waitlist, with the event's "
            "details and their cancel link."
        ),
    )


def notify(request, page_id):
    event = _event_for(request, page_id)
    recipients = event.registrations.filter(
        status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED]
    )
    form = NoticeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        sent = 0
        for registration in recipients:
            if emails.send_notice(
                registration,
                form.cleaned_data["subject"],
                form.cleaned_data["message"],
            ):
                sent += 1
        logger.info("Notice for event %s sent to %s registrants", event.pk, sent)
        messages.success(
            request,
            _("The notice was sent to %(count)s people.") % {"count": sent},
        )
        return redirect("events_admin:registrations", event.pk)
    return TemplateResponse(
        request,
        "pages/events/admin/notify.html",
        {
            "event": event,
            "form": form,
            "recipient_count": recipients.count(),
            "page_title": _("Notify registrants: %(title)s") % {"title": event.title},
            "header_icon": "mail",
        },
    )
