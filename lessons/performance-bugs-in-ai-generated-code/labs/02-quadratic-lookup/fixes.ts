/**
 * Fixes someone might write for the invite reminders, run by the lab's tests through the worker path
 * (labs.test.ts, fixes.test.ts, e2e/labs.spec.ts). Never shipped to a page.
 */
import type { LabFix } from '@/lib/labs/types';

export const halfFixes: LabFix[] = [
  {
    name: 'lower-case the users once, then includes() (faster, still a walk per invite)',
    source: `export function pendingInvites(invited: string[], users: { id: number; email: string }[]): string[] {
  const registered = users.map((u) => u.email.toLowerCase());
  return invited.filter((email) => !registered.includes(email.toLowerCase()));
}`,
    fails: 'class',
    reason: 'is worse than the budget|Too slow',
  },
  {
    name: 'a Set of the addresses as typed (fast, but misses the capitalised ones)',
    source: `export function pendingInvites(invited, users) {
  const registered = new Set(users.map((u) => u.email));
  return invited.filter((email) => !registered.has(email));
}`,
    fails: 'correct',
    reason: 'the output differs',
    sizes: [100, 1000, 10000],
  },
  {
    name: 'a Set, but built inside the filter (once per invite)',
    source: `export function pendingInvites(invited, users) {
  return invited.filter((email) => !new Set(users.map((u) => u.email.toLowerCase())).has(email.toLowerCase()));
}`,
    fails: 'class',
    reason: 'is worse than the budget|Too slow',
  },
  {
    name: 'findIndex instead of some (the same walk under another name)',
    source: `export function pendingInvites(invited, users) {
  return invited.filter((e) => users.findIndex((u) => u.email.toLowerCase() === e.toLowerCase()) === -1);
}`,
    fails: 'class',
    reason: 'is worse than the budget|Too slow',
  },
];

export const otherFixes: LabFix[] = [
  {
    name: 'a Set filled in a loop, for..of instead of filter',
    source: `export function pendingInvites(invited, users) {
  const seen = new Set();
  for (const u of users) seen.add(u.email.toLowerCase());
  const out = [];
  for (const e of invited) if (!seen.has(e.toLowerCase())) out.push(e);
  return out;
}`,
  },
  {
    name: 'sorted addresses and a binary search',
    source: `export function pendingInvites(invited, users) {
  const sorted = users.map((u) => u.email.toLowerCase()).sort();
  const has = (key) => {
    let lo = 0, hi = sorted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid] < key) lo = mid + 1; else hi = mid; }
    return sorted[lo] === key;
  };
  return invited.filter((e) => !has(e.toLowerCase()));
}`,
    sizes: [100, 300, 1000, 3000, 10000, 30000],
  },
];
