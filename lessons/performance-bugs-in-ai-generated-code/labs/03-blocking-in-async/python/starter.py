import json


async def load_profile(deps, user_id):
    raw = deps.files.read_text(f"profiles/{user_id}.json")
    return json.loads(raw)


async def handle_request(request, deps):
    session = await deps.sessions.get(request["token"])
    if session is None:
        return {"id": request["id"], "status": 401, "body": "Please sign in again"}
    profile = await load_profile(deps, session["user_id"])
    deps.metrics.increment("greetings.served")
    return {"id": request["id"], "status": 200, "body": f"Hello, {profile['name']} ({profile['plan']})"}


async def serve_all(requests, deps):
    """Answers a batch of queued requests; the responses come back in request order."""
    responses = []
    for request in requests:
        responses.append(await handle_request(request, deps))
    return responses
