import pytest
from django.contrib.auth.models import Group

from members.models import User
from search.models import SearchDocument
from search.registry import Document, register, register_dependent, unregister


@pytest.fixture
def group_source():
    """A test-only source: auth groups are findable themes, unless named 'concept ...'."""

    @register(Group)
    def describe(group):
        if group.name.startswith("concept"):
            return None
        return Document(kind=SearchDocument.Kind.THEME, title=group.name, url=f"/g/{group.pk}/")

    yield describe
    unregister(Group)


@pytest.fixture
def user_source():
    """A test-only source: accounts with their groups as labels, members-only.

    Renaming a group re-indexes the accounts in it (a dependent).
    """

    @register(User, queryset=lambda: User.objects.prefetch_related("groups"))
    def describe(user):
        return Document(
            kind=SearchDocument.Kind.MEMBER,
            title=user.get_full_name() or user.email,
            labels=[group.name for group in user.groups.all()],
            url=f"/u/{user.pk}/",
            members_only=True,
        )

    register_dependent(Group, User, lambda group: group.user_set.all())
    yield describe
    unregister(User)
