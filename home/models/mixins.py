"""Pieces shared by several page types."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class HeroImageMixin(models.Model):
    """An optional large image at the top of a page, which cannot go without alt text.

    Wagtail's own image title is written for staff ("IMG_0231"), not for residents
    using a screen reader, so the page carries its own alternative text and refuses to
    save an image without it.
    """

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional. A calm photo or illustration shown at the top of the page and "
            "in lists. Avoid images of sad or anonymous people."
        ),
    )
    hero_image_alt = models.CharField(
        _("hero image alternative text"),
        max_length=250,
        blank=True,
        help_text=_(
            "Required when there is an image: describe what it shows for people who "
            "cannot see it, e.g. 公民館でお茶を飲みながら話す人たち."
        ),
    )

    hero_panels = [
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")],
            heading=_("Hero image"),
        )
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_image_alt.strip():
            raise ValidationError(
                {
                    "hero_image_alt": _(
                        "Describe the image in a few words, or remove the image."
                    )
                }
            )
