"""Small template helpers for the site-wide templates."""

from django import template
from django.conf import settings

register = template.Library()


@register.filter
def has_session_cookie(request):
    """True when the visitor may be logged in.

    Rendering ``{% wagtailuserbar %}`` reads ``request.user``, which adds
    ``Vary: Cookie`` and makes the page uncacheable; visitors without a session
    cookie cannot be logged in, so they skip it.
    """
    return bool(request is not None and settings.SESSION_COOKIE_NAME in request.COOKIES)
