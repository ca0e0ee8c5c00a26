"""The "join the platform" application form, with its spam checks."""

import time

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

from organisations.models import MembershipApplication, Municipality

MIN_SECONDS = 3
MAX_SECONDS = 24 * 60 * 60
SIGNING_SALT = "organisations.join.started"


def started_token():
    return signing.dumps(int(time.time()), salt=SIGNING_SALT)


class JoinApplicationForm(forms.ModelForm):
    # Left empty by people; bots that fill every field give themselves away.
    homepage = forms.CharField(
        required=False, label=_("Leave this field empty"), max_length=200
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    municipality = forms.ModelChoiceField(
        queryset=Municipality.objects.order_by("code"),
        required=False,
        label=_("Municipality"),
        empty_label=_("Choose (optional)"),
    )
    agreed_to_requirements = forms.BooleanField(
        required=True,
        label=_("I have read and agree to the participation requirements above."),
        error_messages={
            "required": _("Please tick this box to agree to the requirements.")
        },
    )

    class Meta:
        model = MembershipApplication
        fields = [
            "organisation_name",
            "organisation_type",
            "municipality",
            "contact_name",
            "email",
            "phone",
            "website",
            "activities",
            "agreed_to_requirements",
        ]
        labels = {
            "organisation_name": _("Organisation name"),
            "organisation_type": _("Type of organisation"),
            "contact_name": _("Contact person"),
            "email": _("Email address"),
            "phone": _("Phone number (optional)"),
            "website": _("Website (optional)"),
            "activities": _("Your activities"),
        }
        help_texts = {
            "email": _("We reply to this address."),
            "activities": _("What you do, for whom and where, in a few sentences."),
        }
        error_messages = {
            "organisation_name": {
                "required": _("Please enter the organisation's name.")
            },
            "contact_name": {"required": _("Please enter the contact person's name.")},
            "email": {
                "required": _("Please enter an email address."),
                "invalid": _("Please check the email address, e.g. name@example.jp."),
            },
            "activities": {"required": _("Please describe your activities briefly.")},
            "organisation_type": {"required": _("Please choose a type.")},
        }
        widgets = {"activities": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = started_token()
        self.fields["organisation_type"].choices = [
            ("", _("Choose")),
            *[c for c in self.fields["organisation_type"].choices if c[0]],
        ]
        for name in ("organisation_name", "contact_name", "email", "phone"):
            self.fields[name].widget.attrs["autocomplete"] = {
                "organisation_name": "organization",
                "contact_name": "name",
                "email": "email",
                "phone": "tel",
            }[name]

    @property
    def is_spam(self):
        """True for the honeypot filled in or a form sent implausibly fast."""
        if self.data.get("homepage"):
            return True
        try:
            started = signing.loads(
                self.data.get("started", ""), salt=SIGNING_SALT, max_age=MAX_SECONDS
            )
        except signing.BadSignature:
            return True
        return time.time() - started < MIN_SECONDS
