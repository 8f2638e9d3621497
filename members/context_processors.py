from members.roles import is_approved_member, is_trekker


def roles(request):
    """Expose the viewer's role to templates, evaluated only when a template asks."""
    user = getattr(request, "user", None)
    if user is None:
        return {}
    return {
        "viewer_is_member": lambda: is_approved_member(user),
        "viewer_is_trekker": lambda: is_trekker(user),
        # Logged in, but not approved yet: shown a banner, and no members-only links.
        "viewer_is_pending": lambda: user.is_authenticated and not is_approved_member(user),
    }
