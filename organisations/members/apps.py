from django.apps import AppConfig
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
