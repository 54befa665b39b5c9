/** What the instrumented code and the probe runtime agree on. */

/** The name the instrumented code calls its probes through (a parameter of the evaluated module). */
export const PROBE_GLOBAL = '__hp';

/** Functions are numbered 0..MAX_FUNCTIONS-1; a suspendable call's token packs its function id below this base. */
export const FN_BASE = 65_536;
export const MAX_FUNCTIONS = FN_BASE - 1;
