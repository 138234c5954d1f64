"""ocr: text and layout from a document."""

import asyncio

from _offline import example_client


async def main() -> None:
    async with example_client() as client:
        result = await client.ocr.process(
            model="mistral-ocr-latest",
            document={"type": "document_url", "document_url": "https://example.com/a.pdf"},
        )
        print("ocr pages:", len(result.pages))


asyncio.run(main())
