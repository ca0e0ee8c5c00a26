"""Distress words staff maintain, and the anonymous counts behind the report."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class DistressTerm(models.Model):
    """A word or phrase that means the person searching may be in distress.

    One list for every language: someone reading the English site may still type
    Japanese, and the reverse.
    """

    phrase = models.CharField(
        _("word or phrase"),
        max_length=100,
        unique=True,
        help_text=_(
            "When a search contains this, the results open with the help lines. "
            "Write it as people would type it, e.g. 死にたい or さみしい; "
            "spelling variants, kana and full/half width are matched automatically."
        ),
    )
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Untick to stop using this word without deleting it."),
    )
    note = models.CharField(
        _("note for staff"),
        max_length=200,
        blank=True,
        help_text=_("Why this word is on the list. Never shown on the site."),
    )

    panels = [FieldPanel("phrase"), FieldPanel("active"), FieldPanel("note")]

    class Meta:
        ordering = ["phrase"]
        verbose_name = _("distress word")
        verbose_name_plural = _("distress words")

    def __str__(self):
        return self.phrase


class ZeroResultQuery(models.Model):
    """How often a query found nothing, per day. Nothing about who searched.

    Searches themselves are counted in ``wagtailsearchpromotions.QueryDailyHits``
    (Wagtail's own "Search terms" report uses it too); this adds the no-result
    flag the staff report needs.
    """

    query = models.ForeignKey(
        "wagtailsearchpromotions.Query",
        on_delete=models.CASCADE,
        related_name="zero_result_days",
    )
    date = models.DateField()
    hits = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["query", "date"], name="unique_zero_result_query_per_day"
            )
        ]
        verbose_name = _("search with no results")
        verbose_name_plural = _("searches with no results")

    def __str__(self):
        return f"{self.query} ({self.date})"
