# Invite reminders: n invited addresses and n registered users, about half of the invites already
# registered. One address in four is capitalised ("User12@Example.com"), independently on each side.
# The addresses come from a seeded sequence (the JavaScript harness's), so every run sees the same input.


def _spell(k, x):
    return f"User{k}@Example.com" if (x >> 3) % 4 == 0 else f"user{k}@example.com"


def _addresses(n, seed):
    out = []
    x = seed & 0xFFFFFFFF
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0xFFFFFFFF
        out.append(_spell(x % (n * 2), x))
    return out


def make_input(n, env):
    registered = _addresses(n, 7 + n)
    users = [{"id": i + 1, "email": email} for i, email in enumerate(registered)]
    return {"invited": _addresses(n, 7), "users": users}


def run(learner, inp):
    return learner.pending_invites(inp["invited"], inp["users"])
