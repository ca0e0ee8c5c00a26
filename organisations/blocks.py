"""StreamField blocks of the support map for any page's body."""

from django.conf import settings
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from organisations.choices import OrganisationType


def member_counts():
    """[(type label, count)] of published member organisations, and the total.

    Counted on the Japanese originals, so a translated organisation is counted
    once.
    """
    from organisations.models import Organisation

    rows = dict(
        Organisation.objects.filter(
            live=True, is_member=True, locale__language_code=settings.LANGUAGE_CODE
        )
        .values_list("organisation_type")
        .annotate(count=Count("pk"))
        .order_by()
    )
    counts = [(label, rows.get(value, 0)) for value, label in OrganisationType.choices]
    return counts, sum(count for _label, count in counts)


class MembershipCountsBlock(blocks.StructBlock):
    """Platform members by type (会員団体数), computed from the organisations."""

    heading = blocks.CharBlock(
        label=_("Heading"),
        required=False,
        help_text=_("e.g. 参加団体の内訳. Leave empty for no heading."),
    )
    note = blocks.CharBlock(
        label=_("Note under the table"),
        required=False,
        help_text=_("e.g. where to apply to join."),
    )

    class Meta:
        icon = "table"
        label = _("Platform members by type")
        template = "components/organisations/membership_counts_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["counts"], context["total"] = member_counts()
        return context
