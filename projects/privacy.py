"""The personal data this app holds about a member (AVG): for `Mijn gegevens` and deletion.

Contract used by members: `personal_data(user)` returns JSON-ready data about the user only;
`erase_personal_data(user)` removes it, keeping published content (credited to "oud-lid").
"""


def personal_data(user) -> dict:
    return {}


def erase_personal_data(user) -> None:
    pass
