"""Open-data files of the support map, served beside its Wagtail pages.

Wagtail's page URLs all end with "/", so ``/ja/map/organisations.geojson`` is
routed here: the path before the file name is resolved to a live DirectoryPage
of the current site and language.
"""

from django.urls import path, re_path

from organisations.views import exports, join

app_name = "organisations"

urlpatterns = [
    re_path(
        r"^(?P<page_path>(?:[\w\-]+/)*)(?P<filename>organisations\.geojson|organisations\.csv|hsds\.json)$",
        exports.export_view,
        name="export",
    ),
    path(
        "membership-application/<int:page_id>/",
        join.submit_view,
        name="join_submit",
    ),
]
