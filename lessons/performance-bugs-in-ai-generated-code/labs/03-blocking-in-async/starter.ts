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
  const raw = deps.files.readFileSync(`profiles/${userId}.json`);
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
  const responses: Response[] = [];
  for (const req of requests) {
    responses.push(await handleRequest(req, deps));
  }
  return responses;
}
