"""The stores' own contracts: bounds by entries and bytes (least recently used out first),
expiry, and a disk entry that is not one reported and removed."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from integrations_mistral.cache import MemoryStore, ResponseCache
from integrations_mistral.cache.disk import CorruptEntryError, DiskStore


class Clock:
    now = 100.0

    def __call__(self) -> float:
        return self.now


async def test_memory_store_is_bounded_by_entries_and_bytes_lru() -> None:
    store = MemoryStore(max_entries=3, max_bytes=1000)
    await store.set_many([("a", "1"), ("b", "2"), ("c", "3")], 60)
    await store.get_many(["a"])  # a is now the most recently used
    await store.set_many([("d", "4")], 60)
    assert await store.get_many(["a", "b", "c", "d"]) == ["1", None, "3", "4"]
    small = MemoryStore(max_entries=100, max_bytes=10)
    await small.set_many([("x", "12345"), ("y", "12345"), ("z", "123")], 60)
    assert await small.get_many(["x", "y", "z"]) == [None, "12345", "123"]
    assert small.size == (2, 8)
    await small.set_many([("big", "x" * 11)], 60)  # larger than the whole cache: not kept
    assert await small.get_many(["big", "y"]) == [None, "12345"]


async def test_memory_entries_expire() -> None:
    clock = Clock()
    store = MemoryStore(10, 1000, clock=clock)
    await store.set_many([("a", "1")], 5)
    clock.now += 4.9
    assert await store.get_many(["a"]) == ["1"]
    clock.now += 0.2
    assert await store.get_many(["a"]) == [None]
    assert store.size == (0, 0)


async def test_disk_store_bounds_expiry_and_corruption(tmp_path: Path) -> None:
    store = DiskStore(tmp_path / "c", max_entries=2, max_bytes=10_000)
    await store.set_many([("aa1", "one"), ("bb2", "two")], 60)
    await store.get_many(["aa1"])
    await store.set_many([("cc3", "three")], 60)
    assert await store.get_many(["aa1", "bb2", "cc3"]) == ["one", None, "three"]
    assert sorted(p.name for p in (tmp_path / "c").glob("??/*")) == ["aa1", "cc3"]
    await store.set_many([("dd4", "four")], 0.01)
    await asyncio.sleep(0.05)
    assert await store.get_many(["dd4"]) == [None]
    (tmp_path / "c" / "cc" / "cc3").write_text("not an entry")
    with pytest.raises(CorruptEntryError):
        await store.get_many(["cc3"])
    assert not (tmp_path / "c" / "cc" / "cc3").exists()
    await store.set_many([("ee5", "five")], 60)
    again = DiskStore(tmp_path / "c", max_entries=2, max_bytes=10_000)  # another process
    assert await again.get_many(["ee5", "aa1"]) == ["five", None]  # aa1 made room for dd4
    assert (tmp_path / "c").stat().st_mode & 0o777 == 0o700


def test_keys_hash_what_changes_the_answer_and_only_that() -> None:
    store = MemoryStore(10, 1000)
    one = ResponseCache(store, "prod", "mistral https://api.mistral.ai", 60, ["chat.create"])
    same = one.key("chat.create", {"model": "m", "temperature": 0, "stop": None})
    assert same == one.key("chat.create", {"temperature": 0, "model": "m"})  # order, nulls
    assert same != one.key("chat.create", {"temperature": 0, "model": "n"})
    assert same != one.key("fim.create", {"temperature": 0, "model": "m"})
    other_profile = ResponseCache(store, "staging", "mistral https://api.mistral.ai", 60, [])
    other_target = ResponseCache(store, "prod", "azure https://x.azure.com", 60, [])
    body = {"model": "m", "temperature": 0}
    assert len({c.key("chat.create", body) for c in (one, other_profile, other_target)}) == 3
