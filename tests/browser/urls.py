"""URLs for browser tests: the site's own, plus a sample page of components.

The sample page renders base.html around every component site.css styles, so
the stylesheet is checked by axe and at phone width even where no page type
uses a component yet.
"""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from cms.urls import urlpatterns as site_urlpatterns
from tests.browser.views import component_sample

urlpatterns = [
    *i18n_patterns(
        path("component-sample/", component_sample, name="component_sample"),
        prefix_default_language=True,
    ),
    *site_urlpatterns,
]
