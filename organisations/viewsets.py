"""Admin for the support map: one "Support organisations" menu group."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.admin.ui.tables import BooleanColumn, Column, UpdatedAtColumn
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from organisations.members.viewsets import MemberScopedViewSetMixin
from organisations.models import (
    MembershipApplication,
    Municipality,
    Organisation,
    Region,
    SupportCategory,
)
from organisations.panels import JapanAddressPanel, LocalLeafletPanel
from organisations.views.admin import ConvertApplicationView, application_actions


class OrganisationViewSet(MemberScopedViewSetMixin, SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    menu_order = 100
    add_to_admin_menu = False
    # The full-text backends cannot split Japanese words; a substring search
    # finds 川越 inside 川越市社会福祉協議会 (see STACK.md).
    search_backend_name = None
    search_fields = ["name", "name_kana", "address", "external_id"]
    list_display = [
        "name",
        Column("municipality", label=_("municipality")),
        Column("get_organisation_type_display", label=_("type")),
        BooleanColumn("is_member", label=_("member")),
        UpdatedAtColumn(),
    ]
    list_filter = [
        "categories",
        "municipality",
        "organisation_type",
        "is_member",
        "confidential_location",
    ]
    list_per_page = 50
    ordering = ["name_kana", "name"]

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("name"),
                    FieldPanel("name_kana"),
                    FieldPanel("slug"),
                    FieldRowPanel(
                        [FieldPanel("organisation_type"), FieldPanel("municipality")]
                    ),
                    FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("description"),
                    FieldRowPanel([FieldPanel("audiences"), FieldPanel("languages")]),
                    FieldPanel("audience_note"),
                    FieldPanel("fees"),
                    FieldPanel("accessibility"),
                    FieldPanel("logo"),
                ],
                heading=_("About"),
            ),
            ObjectList(
                [
                    FieldPanel("contact_methods"),
                    FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                    FieldPanel("website"),
                    InlinePanel(
                        "opening_hours",
                        heading=_("Opening hours"),
                        label=_("Opening period"),
                        help_text=_(
                            "One row per day and period. For a lunch break, add two "
                            "rows for the same day. Days without a row are closed."
                        ),
                    ),
                    FieldPanel("closed_on_holidays"),
                    FieldPanel("hours_note"),
                ],
                heading=_("Contact and hours"),
            ),
            ObjectList(
                [
                    FieldPanel("confidential_location"),
                    FieldRowPanel([FieldPanel("postal_code")]),
                    JapanAddressPanel("address"),
                    LocalLeafletPanel("location", address_field="address", zoom=15),
                ],
                heading=_("Place"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [FieldPanel("is_member"), FieldPanel("member_since")],
                        heading=_("Platform membership"),
                    ),
                    FieldPanel("last_checked"),
                    FieldPanel("external_id"),
                ],
                heading=_("Membership and checks"),
            ),
        ]
    )


class SupportCategoryViewSet(SnippetViewSet):
    model = SupportCategory
    icon = "tag"
    menu_label = _("Support categories")
    menu_order = 200
    search_backend_name = None
    search_fields = ["name", "slug"]
    list_display = ["name", "slug", "sort_order"]


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    menu_label = _("Municipalities")
    menu_order = 300
    search_backend_name = None
    search_fields = ["name", "name_kana", "code"]
    list_display = ["name", "code", "region"]
    list_filter = ["region"]
    list_per_page = 100


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "globe"
    menu_label = _("Regions")
    menu_order = 400
    search_backend_name = None
    search_fields = ["name", "slug"]
    list_display = ["name", "slug"]


class MembershipApplicationViewSet(SnippetViewSet):
    model = MembershipApplication
    icon = "mail"
    menu_label = _("Membership applications")
    menu_order = 500
    search_backend_name = None
    search_fields = ["organisation_name", "contact_name", "email"]
    list_display = [
        "organisation_name",
        Column("get_organisation_type_display", label=_("type")),
        Column("get_status_display", label=_("status")),
        Column("submitted_at", label=_("submitted at")),
        application_actions,
    ]
    list_filter = ["status", "organisation_type"]
    inspect_view_enabled = True
    panels = [
        FieldPanel("status"),
        FieldPanel("staff_notes"),
        FieldPanel("organisation_name", read_only=True),
        FieldPanel("organisation_type", read_only=True),
        FieldPanel("municipality", read_only=True),
        FieldPanel("contact_name", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("phone", read_only=True),
        FieldPanel("website", read_only=True),
        FieldPanel("activities", read_only=True),
        FieldPanel("agreed_to_requirements", read_only=True),
        FieldPanel("organisation", read_only=True),
    ]
    convert_view_class = ConvertApplicationView

    def get_urlpatterns(self):
        from django.urls import path

        return [
            *super().get_urlpatterns(),
            path(
                "convert/<int:pk>/",
                self.convert_view_class.as_view(viewset=self),
                name="convert",
            ),
        ]


class OrganisationsGroup(SnippetViewSetGroup):
    menu_label = _("Support organisations")
    menu_icon = "group"
    menu_order = 250
    items = (
        OrganisationViewSet,
        SupportCategoryViewSet,
        MembershipApplicationViewSet,
        MunicipalityViewSet,
        RegionViewSet,
    )
