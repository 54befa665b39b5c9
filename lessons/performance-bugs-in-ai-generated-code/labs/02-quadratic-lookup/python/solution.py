def address_key(email):
    """Letter case does not matter in an address: compare the lower-case forms."""
    return email.lower()


def pending_invites(invited, users):
    """Every invited address no user has signed up with yet, in the order sent.

    An address invited twice is two invitations, so it stays twice.
    """
    # One pass builds the set; each `in` is then a hash lookup, not a walk through every user.
    registered = {address_key(user["email"]) for user in users}
    return [email for email in invited if address_key(email) not in registered]
