"""A page showing every component of site.css, for browser tests only."""

from pathlib import Path

from django.http import HttpResponse
from django.template import engines

TEMPLATE = Path(__file__).with_name("component_sample.html")


def component_sample(request):
    template = engines["django"].from_string(TEMPLATE.read_text(encoding="utf-8"))
    context = {
        "heading": "ひとりで悩まず、まずは話してみませんか",
        "cards": range(1, 4),
    }
    return HttpResponse(template.render(context, request))
