"""Demo roles and accounts: a communications staff login and one member NPO login.

The passwords are printed and meant for a local demo only; an existing account is
never changed, so a password someone set is kept.
"""

from django.contrib.auth import get_user_model
from wagtail.models import Locale

from organisations.members.accounts import create_member_account
from organisations.members.roles import setup_roles, staff_group

STAFF = ("koho", "koho@example.jp", "koho-demo-2026")
MEMBER = ("member", "member@example.jp", "member-demo-2026")


def _user(username, email, password, stdout):
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User.objects.create_user(username, email, password)
        stdout.write(f"  demo login {username} / {password}")
    return user


def load(stdout, style):
    from organisations.choices import OrganisationType
    from organisations.models import Organisation

    setup_roles()
    _user(*STAFF, stdout).groups.add(staff_group())

    npo = (
        Organisation.objects.filter(
            locale=Locale.get_default(),
            is_member=True,
            organisation_type=OrganisationType.NONPROFIT,
        )
        .exclude(external_id="")
        .order_by("external_id")
        .first()
    )
    if npo is None:
        stdout.write(style.WARNING("No member NPO in the demo data: no member login."))
        return
    _user(*MEMBER, stdout)
    create_member_account(npo.external_id, MEMBER[1], send_email=False)
    stdout.write(
        style.SUCCESS(
            f"Member roles and workflows ready; '{MEMBER[0]}' acts for {npo}."
        )
    )
