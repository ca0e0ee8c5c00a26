"""Support categories (支援分野): what an organisation helps with."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class SupportCategory(TranslatableMixin, index.Indexed, models.Model):
    slug = models.SlugField(
        _("key"),
        max_length=50,
        help_text=_(
            "Short English key used in web addresses and import files, "
            "e.g. hikikomori. Do not change it once in use."
        ),
    )
    name = models.CharField(
        _("name"),
        max_length=60,
        help_text=_("Shown on the support map filters and listings, e.g. ひきこもり."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("sort order"),
        default=0,
        help_text=_("Smaller numbers come first in the filter list."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "pk"]
        verbose_name = _("support category")
        verbose_name_plural = _("support categories")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_category_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name
