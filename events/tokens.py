"""Signed links that let a registrant see or cancel their registration.

The token signs the registration's random public id, so a link cannot be guessed
or altered, and contains nothing personal.
"""

from django.core import signing

from events.models import Registration

SALT = "events.registration"


def make_token(registration):
    return signing.dumps(str(registration.public_id), salt=SALT, compress=False)


def registration_from_token(token):
    try:
        public_id = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    return (
        Registration.objects.select_related("event").filter(public_id=public_id).first()
    )
