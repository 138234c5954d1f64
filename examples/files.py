"""files: upload (streamed from disk), list every page, download to disk atomically, delete."""

import asyncio
import tempfile
from pathlib import Path

from _offline import example_client


async def main(folder: Path) -> None:
    async with example_client() as client:
        uploaded = await client.files.upload(file=folder / "train.jsonl", purpose="fine-tune")
        names = [f.filename async for f in client.files.iterate()]
        copy = await client.files.download_to(uploaded.id, folder / "copy.jsonl")
        await client.files.delete(uploaded.id)
    print("uploaded:", uploaded.id, "listed:", names, "downloaded:", copy.name)


with tempfile.TemporaryDirectory() as temporary:
    Path(temporary, "train.jsonl").write_text('{"messages": []}\n')
    asyncio.run(main(Path(temporary)))
