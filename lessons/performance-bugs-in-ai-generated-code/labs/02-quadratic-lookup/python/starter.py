def same_address(a, b):
    """Two addresses belong to the same person when they differ only in letter case."""
    return a.lower() == b.lower()


def is_registered(email, users):
    return any(same_address(user["email"], email) for user in users)


def pending_invites(invited, users):
    """Every invited address no user has signed up with yet, in the order sent.

    An address invited twice is two invitations, so it stays twice.
    """
    return [email for email in invited if not is_registered(email, users)]
