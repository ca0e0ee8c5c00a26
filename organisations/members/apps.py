from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    """Member organisations' accounts, roles and moderation (会員団体の投稿と審査)."""

    name = "organisations.members"
    label = "members"
    verbose_name = _("Member organisations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from organisations.members import notifications, signals

        signals.connect()
        notifications.connect()
        # Roles exist as soon as the database does; workflows need the events
        # index, so the setup_member_roles command and the demo attach those.
        post_migrate.connect(create_groups, sender=self)


def create_groups(sender, **kwargs):
    from organisations.members.roles import setup_groups

    setup_groups()
