from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
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
