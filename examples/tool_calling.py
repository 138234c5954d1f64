"""Tool calling: the model asks for a local function, we run it and send the result back."""

import asyncio
import json

from _offline import example_client

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "The weather in a city.",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        },
    }
]


def get_weather(city: str) -> str:
    return f"sunny in {city}"


async def main() -> None:
    async with example_client() as client:
        messages = [{"role": "user", "content": "Lyon"}]
        first = await client.chat.create(
            model="mistral-small-latest", messages=messages, tools=TOOLS
        )
        message = first.choices[0].message
        messages.append(message.model_dump(exclude_none=True))
        for call in message.tool_calls or ():
            arguments = call.function.arguments
            result = get_weather(
                **(json.loads(arguments) if isinstance(arguments, str) else arguments)
            )
            print(f"tool call: {call.function.name} -> {result}")
            messages.append({"role": "tool", "tool_call_id": call.id, "content": result})
        final = await client.chat.create(
            model="mistral-small-latest", messages=messages, tools=TOOLS
        )
        print("answer:", final.text)


asyncio.run(main())
