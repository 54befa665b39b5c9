export interface User {
  id: number;
  email: string;
}

/** Two addresses belong to the same person when they differ only in letter case. */
function sameAddress(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function isRegistered(email: string, users: User[]): boolean {
  return users.some((user) => sameAddress(user.email, email));
}

/**
 * The invitations still worth a reminder: every invited address that no user has signed up with yet,
 * in the order they were sent. An address invited twice is two invitations, so it stays twice.
 */
export function pendingInvites(invited: string[], users: User[]): string[] {
  return invited.filter((email) => !isRegistered(email, users));
}
