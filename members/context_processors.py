from members.roles import is_approved_member, is_trekker


def roles(request):
    """Expose the viewer's role to templates, evaluated only when a template asks."""
    user = getattr(request, "user", None)
    if user is None:
        return {}
    return {
        "viewer_is_member": lambda: is_approved_member(user),
        "viewer_is_trekker": lambda: is_trekker(user),
    }
