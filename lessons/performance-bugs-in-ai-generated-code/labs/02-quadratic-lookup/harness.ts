/**
 * Invite-reminder lab harness: n invited addresses and n registered users, about half of the invites
 * already registered. People type addresses in any letter case, so one address in four is capitalised
 * ("User12@Example.com"), independently on each side: the same person can appear in two spellings.
 * Addresses come from a seeded sequence, so every run sees the same input.
 */
interface Learner {
  pendingInvites(invited: string[], users: { id: number; email: string }[]): unknown;
}

interface Input {
  invited: string[];
  users: { id: number; email: string }[];
}

function spell(k: number, x: number): string {
  return (x >>> 3) % 4 === 0 ? `User${k}@Example.com` : `user${k}@example.com`;
}

function addresses(n: number, seed: number): string[] {
  const out = new Array<string>(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = spell(x % (n * 2), x);
  }
  return out;
}

export function makeInput(n: number): Input {
  const registered = addresses(n, 7 + n);
  return { invited: addresses(n, 7), users: registered.map((email, i) => ({ id: i + 1, email })) };
}

export function run(learner: Learner, input: Input) {
  return learner.pendingInvites(input.invited, input.users);
}
