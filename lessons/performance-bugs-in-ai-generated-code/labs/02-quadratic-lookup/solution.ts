export interface User {
  id: number;
  email: string;
}

/** Letter case does not matter in an address: compare the lower-case forms. */
function addressKey(email: string): string {
  return email.toLowerCase();
}

/**
 * The invitations still worth a reminder: every invited address that no user has signed up with yet,
 * in the order they were sent. An address invited twice is two invitations, so it stays twice.
 */
export function pendingInvites(invited: string[], users: User[]): string[] {
  // Build the Set once (n steps); each has() is then a hash lookup instead of a walk through every user.
  const registered = new Set(users.map((user) => addressKey(user.email)));
  return invited.filter((email) => !registered.has(addressKey(email)));
}
