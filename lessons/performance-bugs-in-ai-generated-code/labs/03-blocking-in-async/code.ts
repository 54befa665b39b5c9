const DEPS_INTERFACE = String.raw`interface Profile {
  id: number;
  name: string;
  plan: 'free' | 'pro';
}

/** What the lab passes in: two ways to load a user's profile from storage (about 1 ms each). */
interface Deps {
  /** Like fs.readFileSync: holds the thread until the data is there. */
  loadProfileSync(userId: number): Profile;
  /** Like fs.promises.readFile: starts the read and lets other work run while it waits. */
  loadProfile(userId: number): Promise<Profile>;
}

interface Request {
  id: number;
  userId: number;
}`;

export const starter = String.raw`${DEPS_INTERFACE}

/** Answers one request with a greeting for the user's profile. */
export async function handleRequest(req: Request, deps: Deps) {
  const profile = deps.loadProfileSync(req.userId);
  return { id: req.id, body: 'Hello, ' + profile.name + ' (' + profile.plan + ')' };
}

/** Serves a burst of requests that arrive together, all answers in request order. */
export async function serveAll(requests: Request[], deps: Deps) {
  return Promise.all(requests.map((req) => handleRequest(req, deps)));
}
`;

export const solution = String.raw`${DEPS_INTERFACE}

/** Answers one request with a greeting for the user's profile. */
export async function handleRequest(req: Request, deps: Deps) {
  // Awaiting the async read gives the thread back while this request waits,
  // so every other request's read can be in flight at the same time.
  const profile = await deps.loadProfile(req.userId);
  return { id: req.id, body: 'Hello, ' + profile.name + ' (' + profile.plan + ')' };
}

/** Serves a burst of requests that arrive together, all answers in request order. */
export async function serveAll(requests: Request[], deps: Deps) {
  return Promise.all(requests.map((req) => handleRequest(req, deps)));
}
`;

export const harness = String.raw`
// Simulated storage: each profile read takes LATENCY_MS. The sync version spins the thread for that long
// (as a blocking read would hold it); the async version waits on a timer and leaves the thread free.
var LATENCY_MS = 1;
var counts = { blockingCalls: 0, asyncCalls: 0, maxInFlight: 0 };
var inFlight = 0;
function profileFor(userId) {
  return { id: userId, name: 'Member ' + userId, plan: userId % 3 === 0 ? 'pro' : 'free' };
}
function busyWait(ms) {
  var end = performance.now() + ms;
  while (performance.now() < end) {}
}
var deps = Object.freeze({
  loadProfileSync: function (userId) {
    counts.blockingCalls++;
    busyWait(LATENCY_MS);
    return profileFor(userId);
  },
  loadProfile: function (userId) {
    counts.asyncCalls++;
    inFlight++;
    if (inFlight > counts.maxInFlight) counts.maxInFlight = inFlight;
    return new Promise(function (resolve) {
      setTimeout(function () {
        inFlight--;
        resolve(profileFor(userId));
      }, LATENCY_MS);
    });
  },
});
exports.async = true;
exports.makeInput = function (n) {
  var requests = new Array(n);
  for (var i = 0; i < n; i++) requests[i] = { id: i + 1, userId: ((i * 37) % 1000) + 1 };
  return { requests: requests };
};
exports.run = function (learner, input) {
  return Promise.resolve(learner.serveAll(input.requests, deps));
};
exports.counters = function () {
  return { blockingCalls: counts.blockingCalls, asyncCalls: counts.asyncCalls, maxInFlight: counts.maxInFlight };
};
exports.resetCounters = function () {
  counts.blockingCalls = 0;
  counts.asyncCalls = 0;
  counts.maxInFlight = 0;
  inFlight = 0;
};
`;
