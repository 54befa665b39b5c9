export interface Request {
  id: number;
  token: string;
}

export interface Response {
  id: number;
  status: number;
  body: string;
}

interface Profile {
  name: string;
  plan: 'free' | 'pro';
}

/** The server's services, handed in by the framework. */
export interface Deps {
  sessions: { get(token: string): Promise<{ userId: number } | null> };
  files: { readFileSync(path: string): string; readFile(path: string): Promise<string> };
  metrics: { increment(name: string): void };
}

async function loadProfile(deps: Deps, userId: number): Promise<Profile> {
  // The async read hands the thread back while the file is read, so other requests can run meanwhile.
  const raw = await deps.files.readFile(`profiles/${userId}.json`);
  return JSON.parse(raw) as Profile;
}

async function handleRequest(req: Request, deps: Deps): Promise<Response> {
  const session = await deps.sessions.get(req.token);
  if (!session) return { id: req.id, status: 401, body: 'Please sign in again' };
  const profile = await loadProfile(deps, session.userId);
  deps.metrics.increment('greetings.served');
  return { id: req.id, status: 200, body: `Hello, ${profile.name} (${profile.plan})` };
}

/** Answers a batch of queued requests; the responses come back in request order. */
export async function serveAll(requests: Request[], deps: Deps): Promise<Response[]> {
  // Start every request before waiting for any: their reads are then in flight together, and
  // Promise.all still returns the responses in request order.
  return Promise.all(requests.map((req) => handleRequest(req, deps)));
}
