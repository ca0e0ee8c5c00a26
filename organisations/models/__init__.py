from .categories import SupportCategory
from .membership import MembershipApplication
from .organisation import OpeningHours, Organisation, OrganisationQuerySet
from .pages import DirectoryPage, JoinApplicationPage
from .reference import Municipality, Region

__all__ = [
    "DirectoryPage",
    "JoinApplicationPage",
    "MembershipApplication",
    "Municipality",
    "OpeningHours",
    "Organisation",
    "OrganisationQuerySet",
    "Region",
    "SupportCategory",
]
