"""fine_tuning: upload training data, create a job, follow its status."""

import asyncio

from _offline import example_client


async def main() -> None:
    async with example_client() as client:
        data = await client.files.upload(
            file=("train.jsonl", b'{"messages": []}\n'), purpose="fine-tune"
        )
        job = await client.fine_tuning.create(
            model="open-mistral-7b",
            training_files=[{"file_id": data.id}],
            hyperparameters={"training_steps": 10},
        )
        job = await client.fine_tuning.get(job.id)
        print("fine-tuning job:", job.id, "status:", job.status)


asyncio.run(main())
