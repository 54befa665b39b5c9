export const starter = String.raw`/**
 * The invitations still worth sending: every invited email that does not belong to a registered user
 * yet, in the order they were invited.
 */
export function pendingInvites(invited: string[], registered: string[]): string[] {
  // includes() walks the registered list from the start, once for every invite.
  return invited.filter((email) => !registered.includes(email));
}
`;

export const solution = String.raw`/**
 * The invitations still worth sending: every invited email that does not belong to a registered user
 * yet, in the order they were invited.
 */
export function pendingInvites(invited: string[], registered: string[]): string[] {
  // Build the Set once (n steps); each has() is then a hash lookup instead of a scan.
  const known = new Set(registered);
  return invited.filter((email) => !known.has(email));
}
`;

export const harness = String.raw`
// n invites and n registered users; about half the invites are already registered. Emails are built
// from a seeded sequence so every run sees the same input.
function makeEmails(n, seed) {
  var out = new Array(n);
  var x = seed >>> 0;
  for (var i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = 'user' + (x % (n * 2)) + '@example.com';
  }
  return out;
}
exports.makeInput = function (n) {
  return { invited: makeEmails(n, 7), registered: makeEmails(n, 7 + n) };
};
exports.run = function (learner, input) {
  return learner.pendingInvites(input.invited, input.registered);
};
`;
