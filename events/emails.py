"""The emails registrants receive, in the language they registered in.

Every email names the event, says plainly what happens next, and carries a link
to cancel. The online link appears only in emails to confirmed participants.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from events.formatting import event_when
from events.ical import event_ics
from events.tokens import make_token

logger = logging.getLogger(__name__)

TEMPLATE = "components/events/emails/registration.txt"


def site_root():
    """Where links in emails point: the public origin of the site.

    ``EVENTS_EMAIL_BASE_URL`` if set, else ``WAGTAILADMIN_BASE_URL`` (which
    ``make run`` sets to the development server, so the links work there too).
    """
    base = getattr(settings, "EVENTS_EMAIL_BASE_URL", "") or (
        settings.WAGTAILADMIN_BASE_URL
    )
    return base.rstrip("/")


def page_link(page):
    _site_id, _root, path = page.get_url_parts() or (None, None, page.url_path)
    return site_root() + path


def page_in_language(source, language):
    """The live translation a registrant read, or the Japanese page."""
    if language == source.locale.language_code:
        return source
    translated = (
        type(source)
        .objects.live()
        .filter(translation_key=source.translation_key, locale__language_code=language)
        .first()
    )
    return translated or source


def cancel_url(registration):
    with translation.override(registration.language):
        path = reverse("events:cancel", args=[make_token(registration)])
    return site_root() + path


def _send(registration, kind, subject, extra=None, attach_ics=True):
    source = registration.event
    with translation.override(registration.language):
        event = page_in_language(source, registration.language)
        url = page_link(event)
        include_online = bool(
            source.online_url and source.is_online and registration.is_confirmed
        )
        context = {
            "kind": kind,
            "registration": registration,
            "event": event,
            "event_url": url,
            "when": event_when(event),
            "online_url": source.online_url if include_online else "",
            "cancel_url": cancel_url(registration),
            "retention_days": getattr(
                settings, "EVENT_REGISTRATION_RETENTION_DAYS", 30
            ),
            **(extra or {}),
        }
        body = render_to_string(TEMPLATE, context)
        message = EmailMultiAlternatives(
            subject=f"{subject}{event.title}",
            body=body,
            to=[registration.email],
        )
        if attach_ics:
            message.attach(
                "event.ics",
                event_ics(event, url, online_url=context["online_url"] or None),
                "text/calendar; charset=utf-8; method=PUBLISH",
            )
    try:
        message.send()
    except Exception:
        # The registration itself stands; staff can see it and write by hand.
        logger.exception(
            "Could not send the %s email for registration %s", kind, registration.pk
        )
        return False
    return True


def send_registration_received(registration, event=None):
    with translation.override(registration.language):
        if registration.is_confirmed:
            subject = _("[Registration confirmed] ")
            kind = "confirmed"
        else:
            subject = _("[On the waitlist] ")
            kind = "waitlisted"
    return _send(registration, kind, subject, attach_ics=registration.is_confirmed)


def send_promoted(registration):
    with translation.override(registration.language):
        subject = _("[A place is now yours] ")
    return _send(registration, "promoted", subject)


def send_reminder(registration):
    with translation.override(registration.language):
        subject = _("[Tomorrow] ")
    return _send(registration, "reminder", subject)


def send_cancelled(registration):
    with translation.override(registration.language):
        subject = _("[Cancellation received] ")
    return _send(registration, "cancelled", subject, attach_ics=False)


def send_notice(registration, subject_line, message):
    with translation.override(registration.language):
        subject = _("[Notice] ")
    return _send(
        registration,
        "notice",
        subject,
        extra={"notice_subject": subject_line, "notice": message},
        attach_ics=False,
    )
