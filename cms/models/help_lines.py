"""Help lines: the numbers someone in distress can call now, on every page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index


class HelpLine(TranslatableMixin, Orderable, index.Indexed):
    """A help line (相談窓口・ホットライン): someone in distress can call it now."""

    name = models.CharField(
        _("name"),
        max_length=120,
        help_text=_("The service's name, e.g. よりそいホットライン."),
    )
    phone = models.CharField(
        _("phone number"),
        max_length=30,
        blank=True,
        help_text=_(
            "As it should be dialled, e.g. 0120-279-338. Shown as a tap-to-call link."
        ),
    )
    hours = models.CharField(
        _("hours"),
        max_length=120,
        blank=True,
        help_text=_("When it answers, e.g. 24時間・年中無休."),
    )
    audience = models.CharField(
        _("who it is for"),
        max_length=200,
        blank=True,
        help_text=_("Who may call, e.g. どなたでも / 18歳以下の方."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("One or two short sentences on what happens when you call."),
    )
    chat_url = models.URLField(
        _("chat or LINE link"),
        blank=True,
        help_text=_(
            "Where people can write instead of calling, if the service offers it."
        ),
    )
    website = models.URLField(_("website"), blank=True)
    is_sample = models.BooleanField(
        _("sample data"),
        default=False,
        help_text=_("Marks demo entries so residents are never misled by them."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("phone"),
        FieldPanel("hours"),
        FieldPanel("audience"),
        FieldPanel("description"),
        FieldPanel("chat_url"),
        FieldPanel("website"),
        FieldPanel("is_sample"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("audience"),
        index.SearchField("description"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "pk"]
        verbose_name = _("help line")
        verbose_name_plural = _("help lines")

    def __str__(self):
        return self.name

    @property
    def tel_href(self):
        digits = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        return f"tel:{digits}" if digits else ""
