"""Registration, thank-you and cancellation views (never cached).

The event page itself is cacheable; these views are where anything personal or
per-visitor happens, so each says ``Cache-Control: private, no-cache``.
"""

import logging

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from events import registration as service
from events.forms import RegistrationForm
from events.localization import active_language
from events.models import EventPage
from events.protection import is_cross_site, rate_limited
from events.tokens import make_token, registration_from_token

logger = logging.getLogger(__name__)


def _refuse(request, event, message, status):
    return TemplateResponse(
        request,
        "pages/events/registration_refused.html",
        {"page": event, "event": event, "message": message},
        status=status,
    )


def _render_event(request, event, form, status=200, notice=None):
    context = event.get_context(request)
    context.update({"form": form, "form_notice": notice})
    return TemplateResponse(
        request, event.get_template(request), context, status=status
    )


@csrf_exempt
@never_cache
@require_POST
def register(request, page_id):
    event = get_object_or_404(EventPage.objects.live(), pk=page_id)
    if is_cross_site(request):
        logger.warning("Refused a cross-site registration post for event %s", page_id)
        return _refuse(
            request,
            event,
            _(
                "This form can only be sent from our own website. Please open the "
                "event page and try again."
            ),
            403,
        )
    if rate_limited(request):
        logger.warning("Rate limit reached on registrations for event %s", page_id)
        return _refuse(
            request,
            event,
            _(
                "We have received many registrations from your connection in a short "
                "time. Please wait a few minutes and try again."
            ),
            429,
        )
    form = RegistrationForm(request.POST, event=event)
    if form.is_spam:
        logger.info("Honeypot filled on registration for event %s", page_id)
        return _refuse(
            request,
            event,
            _(
                "Your registration could not be accepted. If you are a person, "
                "please contact the organisers directly."
            ),
            400,
        )
    if not form.is_valid():
        return _render_event(
            request,
            event,
            form,
            status=422,
            notice=_(
                "Some answers need another look. Please see the notes below each field."
            ),
        )
    try:
        registration, created = service.register(
            event, form.cleaned_data, language=active_language()
        )
    except service.RegistrationClosed as closed:
        return _render_event(request, event, form, status=409, notice=closed.reason)
    except service.EventFull:
        return _render_event(
            request,
            event,
            form,
            status=409,
            notice=_("Sorry, this event is full and has no waitlist."),
        )
    if not created:
        return _render_event(
            request,
            event,
            form,
            status=409,
            notice=_(
                "This email address is already registered for this event, so we "
                "did not register it twice. Your confirmation email has the details "
                "and a link to cancel."
            ),
        )
    url = reverse("events:registered", args=[make_token(registration)])
    return _see_other(url)


def _see_other(url):
    """303 so that reloading the thank-you page never posts the form again."""
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


def calendar_file(request, page_path, kind):
    """``event.ics`` of an event page, or ``feed.ics`` of an events index."""
    from wagtail.models import Site

    from events.ical import event_ics_response, feed_ics_response
    from events.models import EventIndexPage

    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    components = [part for part in page_path.split("/") if part]
    page = site.root_page.localized.specific.route(request, components).page
    page = page.specific
    if kind == "event" and isinstance(page, EventPage):
        return event_ics_response(request, page)
    if kind == "feed" and isinstance(page, EventIndexPage):
        return feed_ics_response(request, page)
    raise Http404


def _registration_or_404(token):
    registration = registration_from_token(token)
    if registration is None:
        raise Http404
    return registration


@never_cache
def registered(request, token):
    registration = _registration_or_404(token)
    event = registration.event.localized
    return TemplateResponse(
        request,
        "pages/events/registration_done.html",
        {
            "page": event,
            "event": event,
            "registration": registration,
            "cancel_path": reverse("events:cancel", args=[token]),
        },
    )


@never_cache
def cancel(request, token):
    registration = _registration_or_404(token)
    event = registration.event.localized
    promoted = None
    done = registration.is_cancelled
    if request.method == "POST" and not registration.is_cancelled:
        from events import emails

        service.cancel(registration)
        registration.refresh_from_db()
        emails.send_cancelled(registration)
        done = True
        promoted = True
    return TemplateResponse(
        request,
        "pages/events/registration_cancel.html",
        {
            "page": event,
            "event": event,
            "registration": registration,
            "done": done,
            "just_cancelled": promoted is not None,
        },
    )
