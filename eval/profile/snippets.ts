/**
 * The labelled suite for the profiler (issue 13, item 9): snippets in the playground contract, each with
 * one known hot line among decoys that look slow (awaits, yields, string building, a sort, regex, JSON,
 * recursion) but take little time. `npm run bench` profiles each and checks the known line is first.
 *
 * Held out: every fourth snippet of each part (heldOut: true, 8 in all) was set aside when the suite was
 * written, before the profiler existed, and was not run while the profiler was built and tuned; the bench
 * reports those 8 separately from the 24 the profiler was developed against.
 *
 * Async snippets (an async `solve`) are profiled as the labs whose harness is async are: the profiler
 * awaits each call.
 */
import type { ProfileSnippet } from './snippet-helpers';
import { snippetsA } from './snippets-a';
import { snippetsB } from './snippets-b';

export type { ProfileSnippet } from './snippet-helpers';

export const profileSnippets: readonly ProfileSnippet[] = [...snippetsA, ...snippetsB];
