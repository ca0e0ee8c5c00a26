"""Reference data: the prefecture's 10 regions and 63 municipalities.

Seeded by a data migration from ``organisations/data/saitama_municipalities.csv``.
Names are proper nouns and stay in Japanese in every language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.Model):
    """One of the ten regions (地域振興センター areas) that group municipalities."""

    name = models.CharField(_("name"), max_length=50, unique=True)
    slug = models.SlugField(_("URL key"), max_length=50, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name


class Municipality(models.Model):
    """A city, town or village of Saitama Prefecture."""

    code = models.CharField(
        _("local government code"),
        max_length=6,
        unique=True,
        help_text=_("Six-digit code with check digit (JIS X 0402), e.g. 112011."),
    )
    name = models.CharField(_("name"), max_length=50, unique=True)
    name_kana = models.CharField(_("reading"), max_length=100)
    kind = models.CharField(_("kind"), max_length=2)
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        on_delete=models.PROTECT,
        related_name="municipalities",
    )
    office_latitude = models.FloatField(_("office latitude"))
    office_longitude = models.FloatField(_("office longitude"))

    class Meta:
        ordering = ["code"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self):
        return self.name
