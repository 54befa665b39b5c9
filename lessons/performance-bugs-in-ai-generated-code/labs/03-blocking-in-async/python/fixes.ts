/**
 * Python fixes someone might write for the greeting batch, run by python-labs-N.test.ts through the worker
 * path with the real Pyodide. Never shipped to a page.
 */
import type { LabFix } from '@/lib/labs/types';

const HANDLER = `import asyncio
import json


async def handle(request, deps, read):
    session = await deps.sessions.get(request["token"])
    if session is None:
        return {"id": request["id"], "status": 401, "body": "Please sign in again"}
    p = json.loads(await read(f"profiles/{session['user_id']}.json"))
    deps.metrics.increment("greetings.served")
    return {"id": request["id"], "status": 200, "body": f"Hello, {p['name']} ({p['plan']})"}
`;

export const halfFixes: LabFix[] = [
  {
    name: 'the async read, but still one request at a time',
    source: `${HANDLER}

async def serve_all(requests, deps):
    out = []
    for request in requests:
        out.append(await handle(request, deps, deps.files.read_text_async))
    return out
`,
    fails: 'counter:maxInFlight',
    reason: 'needs at least 10 reads',
    sizes: [10, 30, 100],
    budgetMs: 2000,
  },
  {
    name: 'asyncio.gather over the requests, the blocking read still inside',
    source: `${HANDLER}

async def serve_all(requests, deps):
    async def read(path):
        return deps.files.read_text(path)

    return await asyncio.gather(*(handle(r, deps, read) for r in requests))
`,
    fails: 'counter:blockingCalls',
    reason: 'allows at most 0 calls',
    sizes: [10, 30, 100],
    budgetMs: 2000,
  },
  {
    name: 'await asyncio.sleep(0) before the blocking read (it still blocks when it runs)',
    source: `${HANDLER}

async def serve_all(requests, deps):
    async def read(path):
        await asyncio.sleep(0)
        return deps.files.read_text(path)

    return await asyncio.gather(*(handle(r, deps, read) for r in requests))
`,
    fails: 'counter:blockingCalls',
    reason: 'allows at most 0 calls',
    sizes: [10, 30, 100],
    budgetMs: 2000,
  },
  {
    name: 'the blocking read handed to a thread pool of 4 workers (at most 4 reads at once)',
    source: `${HANDLER}
from concurrent.futures import ThreadPoolExecutor

POOL = ThreadPoolExecutor(max_workers=4)


async def serve_all(requests, deps):
    loop = asyncio.get_running_loop()

    async def read(path):
        return await loop.run_in_executor(POOL, deps.files.read_text, path)

    return await asyncio.gather(*(handle(r, deps, read) for r in requests))
`,
    fails: 'counter:maxInFlight',
    reason: 'needs at least 10 reads',
    sizes: [10, 30, 100],
    budgetMs: 2000,
  },
  {
    name: 'answers without reading the profile (fast, wrong)',
    source: `async def serve_all(requests, deps):
    return [{"id": r["id"], "status": 200, "body": f"Hello, Member {r['token'][1:]} (free)"} for r in requests]
`,
    fails: 'correct',
    reason: 'the output differs',
    sizes: [10, 30],
  },
];

export const otherFixes: LabFix[] = [
  {
    name: 'a task per request in an asyncio.TaskGroup',
    source: `${HANDLER}

async def serve_all(requests, deps):
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(handle(r, deps, deps.files.read_text_async)) for r in requests]
    return [t.result() for t in tasks]
`,
    sizes: [50, 100],
    budgetMs: 2000,
  },
  {
    name: 'at most 20 requests at a time (a Semaphore)',
    source: `${HANDLER}

async def serve_all(requests, deps):
    gate = asyncio.Semaphore(20)

    async def one(request):
        async with gate:
            return await handle(request, deps, deps.files.read_text_async)

    return await asyncio.gather(*map(one, requests))
`,
    sizes: [50, 100],
    budgetMs: 2000,
  },
  {
    name: 'the blocking read moved off the loop with asyncio.to_thread',
    source: `${HANDLER}

async def serve_all(requests, deps):
    async def read(path):
        return await asyncio.to_thread(deps.files.read_text, path)

    return await asyncio.gather(*(handle(r, deps, read) for r in requests))
`,
    sizes: [50, 100],
    budgetMs: 2000,
  },
];
