/**
 * The seed of the inputs at size n: inputs depend only on n, not on which series asked or in which order,
 * so every series of a run (and every run) gets the same inputs. JavaScript series reseed Math.random
 * with it before makeInput(n); Python series seed Python's `random` with it before make_input(n).
 */
export const seedFor = (n: number): number => (Math.imul(n, 0x9e3779b1) ^ 0x5bd1e995) >>> 0;
