"""Friendly error pages.

The 500 page is rendered with no context processors, database or cache: when
something is broken, showing the error page must not break too.
"""

import logging

from django.http import HttpResponseServerError
from django.template import loader
from django.templatetags.static import static
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger(__name__)


def _stylesheet():
    try:
        return static("css/site.css")
    except ValueError:
        # The static manifest is missing (collectstatic not run): plain HTML
        # is still readable.
        return ""


@requires_csrf_token
def server_error(request, template_name="500.html"):
    template = loader.get_template(template_name)
    return HttpResponseServerError(template.render({"stylesheet": _stylesheet()}))
