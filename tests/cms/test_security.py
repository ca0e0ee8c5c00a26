"""The Content-Security-Policy middleware and policy builder."""

from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from cms.security import ContentSecurityPolicyMiddleware, build_policy, tile_source


def test_tile_source_turns_subdomain_placeholders_into_wildcards():
    assert tile_source("https://{s}.tile.example.org/{z}/{x}/{y}.png") == (
        "https://*.tile.example.org"
    )
    assert tile_source("/tiles/{z}/{x}/{y}.png") == ""


def test_policy_allows_only_own_scripts_and_the_tile_host():
    policy = build_policy("https://tiles.example.jp/{z}/{x}/{y}.png")
    assert "script-src 'self';" in policy
    assert "img-src 'self' data: https://tiles.example.jp;" in policy
    assert "object-src 'none'" in policy


@override_settings(
    CONTENT_SECURITY_POLICY="default-src 'self'",
    CONTENT_SECURITY_POLICY_EXCLUDED_PATHS=["/admin/"],
)
def test_header_is_sent_on_public_pages_but_not_in_the_admin():
    middleware = ContentSecurityPolicyMiddleware(lambda request: HttpResponse("ok"))
    public = middleware(RequestFactory().get("/ja/"))
    admin = middleware(RequestFactory().get("/admin/pages/"))
    assert public["Content-Security-Policy"] == "default-src 'self'"
    assert "Content-Security-Policy" not in admin
