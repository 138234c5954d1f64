"""Embeddings through the response cache, per input text: a batch whose texts are mostly known
sends one request with only the new ones (each once) and answers every vector in the caller's
order, as an uncached call would."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, cast

from pydantic import BaseModel

from ..request import Request
from ._cache_replies import cached_info, entry_of, mark, served_of

if TYPE_CHECKING:
    from ._cached import CachingCaller

__all__ = ["embed_through_cache"]

_NAME = "embeddings.create"


async def embed_through_cache(
    owner: CachingCaller, request: Request, body: dict[str, Any], model: Any
) -> BaseModel:
    cache = owner.cache
    single = isinstance(body["input"], str)
    texts: list[Any] = [body["input"]] if single else list(body["input"])
    request_body = request.body
    if (
        not texts
        or not all(isinstance(t, str) for t in texts)
        or not isinstance(request_body, BaseModel)
    ):
        cache.counted(_NAME, "bypass")
        result: BaseModel = await owner.inner.call(request._replace(cache_state="bypass"), model)
        return mark(result, "bypass")
    rest = {k: v for k, v in body.items() if k != "input"}
    keys = [cache.key(_NAME, {**rest, "input": text}) for text in texts]
    refresh = request.cache == "refresh"
    found = [None] * len(keys) if refresh else await cache.get_many(_NAME, keys)
    entries = [entry_of(f, "item", dict) for f in found]
    unreadable = sum(1 for f, e in zip(found, entries, strict=True) if f is not None and e is None)
    cache.counted(_NAME, "error", unreadable)
    missing = list(dict.fromkeys(t for t, e in zip(texts, entries, strict=True) if e is None))
    known = len(texts) - sum(1 for e in entries if e is None)
    cache.counted(_NAME, "hit", known)
    if known:
        saved = sum(int(e.get("tokens") or 0) for e in entries if e is not None)
        if saved:
            owner._saved(_NAME, saved)
    if not missing:  # every text known: nothing sent
        first = entries[0]
        assert first is not None
        data = [{**e["item"], "index": i} for i, e in enumerate(entries) if e is not None]
        reply: BaseModel = model.model_validate(
            {
                "id": f"cache-{keys[0][:24]}",
                "object": "list",
                "model": first.get("model") or body.get("model"),
                "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
                "data": data,
            }
        )
        object.__setattr__(reply, "_raw", cached_info(keys[0], first.get("served_by"), "hit"))
        owner.hit_span(request)
        return reply
    sent = request._replace(
        body=request_body.model_copy(update={"input": missing[0] if single else missing}),
        cost=sum(len(text) for text in missing) // 4 + 1,
        cache_state="refresh" if refresh else "miss",
    )
    response: Any = await owner.inner.call(sent, model)
    ordered = sorted(
        enumerate(response.data), key=lambda p: p[1].index if p[1].index is not None else p[0]
    )
    made = {
        text: item.model_dump(mode="json", by_alias=True, exclude_unset=True, exclude={"index"})
        for text, (_, item) in zip(missing, ordered, strict=False)
    }
    if len(made) != len(missing):  # the server answered fewer vectors: nothing is kept
        cache.counted(_NAME, "miss", len(missing))
        return mark(cast(BaseModel, response), "miss")
    prompt = getattr(response.usage, "prompt_tokens", None) or 0
    length = sum(len(text) for text in missing) or 1
    served = served_of(response)
    new = []
    for text in missing:
        tokens = round(prompt * len(text) / length)
        value = {"item": made[text], "model": response.model, "tokens": tokens, "served_by": served}
        new.append((keys[texts.index(text)], json.dumps(value)))
    stored = await cache.set_many(_NAME, new, request.cache_ttl or cache.ttl)
    cache.counted(_NAME, "stored" if stored else "miss", len(missing))
    if known == 0 and len(missing) == len(texts):
        return mark(cast(BaseModel, response), "stored" if stored else "miss")
    data = []
    for index, (text, entry) in enumerate(zip(texts, entries, strict=True)):
        item = entry["item"] if entry is not None else made[text]
        data.append({**item, "index": index})
    reply = cast(type[BaseModel], model).model_validate(
        {
            "id": response.id,
            "object": response.object,
            "model": response.model,
            "usage": response.usage.model_dump(mode="json", exclude_unset=True),
            "data": data,
        }
    )
    object.__setattr__(reply, "_raw", getattr(response, "_raw", None))
    return mark(reply, "stored" if stored else "miss")
