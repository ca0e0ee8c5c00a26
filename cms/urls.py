from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms.sitemaps import AllLocalesSitemap
from cms.views.health import healthz
from cms.views.robots import robots_txt

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", healthz, name="healthz"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": AllLocalesSitemap}},
        name="sitemap",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under a language prefix (/ja/, /en/, ...); "/" sends a
# visitor to the best language for their browser. Wagtail's catch-all comes last.
urlpatterns += i18n_patterns(
    path("search/", include("cms.search.urls")),
    path("", include("organisations.urls")),
    path("", include("events.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler500 = "cms.views.errors.server_error"
