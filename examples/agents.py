"""agents: create an agent, then let it complete a conversation."""

import asyncio

from _offline import example_client


async def main() -> None:
    async with example_client() as client:
        agent = await client.agents.create(
            model="mistral-small-latest", name="helper", instructions="Be kind."
        )
        reply = await client.agents.complete(
            agent_id=agent.id, messages=[{"role": "user", "content": "Hello agent"}]
        )
        print("agent", agent.id, "says:", reply.text)


asyncio.run(main())
