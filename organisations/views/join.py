"""The "join the platform" application (JoinApplicationPage).

The form page itself carries no CSRF token, so anonymous GETs stay cacheable
(STACK.md, "Caching anonymous pages"). Applications are posted to a CSRF-exempt
endpoint that refuses cross-site posts by Sec-Fetch-Site, then Origin, then
Referer; a browser always sends at least one of them, and a non-browser client
cannot carry a victim's session anyway. Spam is handled by a honeypot field, a
signed start time (too fast = a bot) and a per-client rate limit.
"""

import hashlib
import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.http import Http404, HttpResponseForbidden, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from organisations.forms import JoinApplicationForm

logger = logging.getLogger(__name__)

RATE_LIMIT = 5
RATE_WINDOW_SECONDS = 60 * 60
TEMPLATE = "pages/organisations/join_application_page.html"


def is_same_origin(request):
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site in {"same-origin", "none"}
    host = request.get_host()
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return urlsplit(origin).netloc == host
    referer = request.headers.get("Referer")
    if referer:
        return urlsplit(referer).netloc == host
    return True


def _rate_key(request):
    client = request.META.get("REMOTE_ADDR", "")
    digest = hashlib.sha256(client.encode()).hexdigest()[:16]
    return f"organisations:join-rate:{digest}"


def _render(request, page, form, status=200):
    context = page.get_context(request)
    context["form"] = form
    context["submit_url"] = reverse("organisations:join_submit", args=[page.pk])
    response = TemplateResponse(request, TEMPLATE, context, status=status)
    return response


def form_view(request, page):
    return _render(request, page, JoinApplicationForm())


def thanks_view(request, page):
    context = page.get_context(request)
    context["thanks"] = True
    response = TemplateResponse(request, TEMPLATE, context)
    add_never_cache_headers(response)
    return response


def notify_staff(application, request):
    recipients = list(getattr(settings, "STAFF_NOTIFICATION_EMAILS", []))
    if not recipients:
        return
    admin_url = settings.WAGTAILADMIN_BASE_URL + reverse(
        "wagtailsnippets_organisations_membershipapplication:edit",
        args=[application.pk],
    )
    body = render_to_string(
        "organisations/email/membership_application.txt",
        {"application": application, "admin_url": admin_url},
    )
    send_mail(
        _("New application to join the platform: %(name)s")
        % {"name": application.organisation_name},
        body,
        settings.DEFAULT_FROM_EMAIL,
        recipients,
    )


@csrf_exempt
def submit_view(request, page_id):
    from organisations.models import JoinApplicationPage

    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    page = JoinApplicationPage.objects.live().filter(pk=page_id).first()
    if page is None:
        raise Http404
    if not is_same_origin(request):
        return HttpResponseForbidden(_("Please send the form from this website."))

    form = JoinApplicationForm(request.POST)
    if form.is_spam:
        # Answer as if it worked, so bots learn nothing.
        logger.info("Membership application dropped as spam")
        return redirect(page.url + page.reverse_subpage("thanks"))

    key = _rate_key(request)
    if cache.get(key, 0) >= RATE_LIMIT:
        form.add_error(
            None,
            _("Too many applications were sent from here. Please try again later."),
        )
        return _render(request, page, form, status=429)

    if not form.is_valid():
        response = _render(request, page, form, status=400)
        add_never_cache_headers(response)
        return response

    application = form.save(commit=False)
    application.language_code = get_language() or ""
    application.save()
    cache.set(key, cache.get(key, 0) + 1, RATE_WINDOW_SECONDS)
    logger.info("Membership application %s received", application.pk)
    notify_staff(application, request)
    return redirect(page.url + page.reverse_subpage("thanks"))
