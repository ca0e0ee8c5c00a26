"""Site settings: who runs the platform, how to reach it, what the footer links to.

One row per Wagtail site, edited under 設定 in the admin. The footer and the
JSON-LD read it on every page, through the cached helpers in ``cms.site_data``.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


@register_setting(icon="cog")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """The platform's name and contact details, social links and footer links."""

    class OrganisationType(models.TextChoices):
        GOVERNMENT = "GovernmentOrganization", _("Government organisation")
        ORGANISATION = "Organization", _("Organisation")

    organisation_name = models.CharField(
        _("organisation name"),
        max_length=200,
        default="埼玉県孤独・孤立対策官民連携プラットフォーム",
        help_text=_(
            "The platform's official name, shown in the footer and given to "
            "search engines."
        ),
    )
    organisation_type = models.CharField(
        _("kind of organisation"),
        max_length=40,
        choices=OrganisationType.choices,
        default=OrganisationType.GOVERNMENT,
        help_text=_("How search engines should describe the platform."),
    )
    secretariat = models.CharField(
        _("secretariat"),
        max_length=200,
        blank=True,
        help_text=_("Who runs the office, e.g. 埼玉県 福祉部 地域包括ケア課. Footer."),
    )
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    address = models.CharField(
        _("address"),
        max_length=255,
        blank=True,
        help_text=_("Street address of the secretariat, shown in the footer."),
    )
    phone = models.CharField(
        _("phone number"),
        max_length=30,
        blank=True,
        help_text=_("The office's number for enquiries (not a help line)."),
    )
    email = models.EmailField(
        _("email address"),
        blank=True,
        help_text=_("Shown in the footer for enquiries about the platform."),
    )
    help_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("help page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Where the 今すぐ相談したい方へ link at the top of every page leads. "
            "Leave empty to use the page with the slug “help”."
        ),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the footer of every page."),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility policy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the footer of every page."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("organisation_type"),
                FieldPanel("secretariat"),
                FieldPanel("postal_code"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
            ],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("help_page"),
                PageChooserPanel("privacy_page"),
                PageChooserPanel("accessibility_page"),
            ],
            heading=_("Important pages"),
        ),
        InlinePanel("footer_links", heading=_("Footer links"), label=_("link")),
        InlinePanel("social_links", heading=_("Social media"), label=_("account")),
    ]

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self):
        return self.organisation_name


class FooterLink(Orderable):
    """A page (or outside address) listed in the footer of every page."""

    settings = ParentalKey(
        SiteSettings, on_delete=models.CASCADE, related_name="footer_links"
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "Choose the Japanese page; visitors see it in their language when "
            "a translation is published."
        ),
    )
    url = models.URLField(
        _("outside address"),
        blank=True,
        help_text=_("Only for sites outside this one, e.g. the prefecture's site."),
    )
    title = models.CharField(
        _("link text"),
        max_length=100,
        blank=True,
        help_text=_("Leave empty to use the page's title."),
    )

    panels = [
        PageChooserPanel("page"),
        FieldPanel("url"),
        FieldPanel("title"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("footer link")
        verbose_name_plural = _("footer links")

    def __str__(self):
        return self.title or (self.page.title if self.page_id else self.url)


class SocialLink(Orderable):
    """An account of the platform on a social network."""

    class Network(models.TextChoices):
        X = "x", "X"
        FACEBOOK = "facebook", "Facebook"
        LINE = "line", "LINE"
        YOUTUBE = "youtube", "YouTube"
        INSTAGRAM = "instagram", "Instagram"
        NOTE = "note", "note"
        OTHER = "other", _("Other")

    settings = ParentalKey(
        SiteSettings, on_delete=models.CASCADE, related_name="social_links"
    )
    network = models.CharField(
        _("network"), max_length=20, choices=Network.choices, default=Network.X
    )
    url = models.URLField(
        _("address"),
        help_text=_("The account's page, e.g. https://x.com/example."),
    )
    label = models.CharField(
        _("label"),
        max_length=60,
        blank=True,
        help_text=_("Leave empty to show the network's name."),
    )

    panels = [FieldPanel("network"), FieldPanel("url"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("social media account")
        verbose_name_plural = _("social media accounts")

    def __str__(self):
        return self.label or self.get_network_display()
