"""The SSE decoder against the rules, and fuzzed against arbitrary splits."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from integrations_mistral import ResponseTooLargeError, ResponseValidationError
from integrations_mistral.transport.sse import ServerSentEvent, SSEDecoder


def decode(*pieces: bytes) -> list[ServerSentEvent | bytes]:
    decoder = SSEDecoder()
    events = [e for piece in pieces for e in decoder.feed(piece)]
    return events + decoder.flush()


def as_events(items: list[ServerSentEvent | bytes]) -> list[ServerSentEvent]:
    return [ServerSentEvent(i.decode()) if isinstance(i, bytes) else i for i in items]


def test_plain_events_as_bytes_others_as_events() -> None:
    """`plain_as_bytes`: a one-line `data: ` event is its undecoded data; any other event (a name,
    an id, several data lines) is still a `ServerSentEvent`, and the two modes agree."""
    stream = (
        b'data: {"a": 1}\n\nevent: error\ndata: {}\n\ndata: x\ndata: y\n\n'
        b"id: 7\ndata: z\n\ndata: \xff\n\ndata: [DONE]\n\n"
    )
    decoder = SSEDecoder(plain_as_bytes=True)
    items = decoder.feed(stream) + decoder.flush()
    assert items == [
        b'{"a": 1}',
        ServerSentEvent("{}", "error"),
        ServerSentEvent("x\ny"),
        ServerSentEvent("z", "message", "7"),
        b"\xff",  # undecoded: the UTF-8 check is the parser's
        b"[DONE]",
    ]
    whole = b"data: one\n\ndata: two\n\n"
    split = SSEDecoder(plain_as_bytes=True)
    pieces = split.feed(whole[:5]) + split.feed(whole[5:]) + split.flush()
    assert as_events(pieces) == decode(whole) == [ServerSentEvent("one"), ServerSentEvent("two")]


def test_data_lines_and_blank_line_dispatch() -> None:
    assert decode(b"data: a\n\ndata: b\n\n") == [ServerSentEvent("a"), ServerSentEvent("b")]


def test_multi_line_data_is_joined_with_lf() -> None:
    assert decode(b"data: one\ndata: two\ndata:\n\n") == [ServerSentEvent("one\ntwo\n")]


def test_comments_are_ignored() -> None:
    assert decode(b": keep-alive\n\n: ping\ndata: x\n\n") == [ServerSentEvent("x")]


def test_event_id_and_retry_fields() -> None:
    events = decode(b"event: error\nid: 7\nretry: 1500\ndata: {}\n\ndata: next\n\n")
    assert events[0] == ServerSentEvent("{}", "error", "7", 1500)
    assert events[1] == ServerSentEvent(
        "next", "message", "7", None
    )  # the id persists, the type does not


@pytest.mark.parametrize("newline", [b"\n", b"\r\n", b"\r"])
def test_every_line_ending(newline: bytes) -> None:
    stream = b"data: a" + newline + b"data: b" + newline + newline + b"data: c" + newline + newline
    assert decode(stream) == [ServerSentEvent("a\nb"), ServerSentEvent("c")]


def test_crlf_split_between_reads() -> None:
    assert decode(b"data: a\r", b"\n\r", b"\n") == [ServerSentEvent("a")]


def test_single_space_after_colon_only() -> None:
    assert decode(b"data:x\n\ndata:  y\n\n") == [ServerSentEvent("x"), ServerSentEvent(" y")]


def test_field_without_colon_and_unknown_fields() -> None:
    # a bare `data` line is the field `data` with an empty value: the event is dispatched, empty
    assert decode(b"data\nfoo: bar\n\n") == [ServerSentEvent("")]
    assert decode(b"foo: bar\n\n") == []


def test_final_event_without_trailing_blank_line() -> None:
    assert decode(b"data: a\n\ndata: last") == [ServerSentEvent("a"), ServerSentEvent("last")]


def test_done_sentinel_is_an_ordinary_event() -> None:
    assert decode(b"data: [DONE]\n\n") == [ServerSentEvent("[DONE]")]


def test_byte_order_mark_is_dropped_even_when_split() -> None:
    assert decode(b"\xef", b"\xbb\xbfdata: x\n\n") == [ServerSentEvent("x")]


def test_utf8_split_inside_a_character() -> None:
    data = "data: héllo ✓\n\n".encode()
    cut = data.index("✓".encode()) + 1
    assert decode(data[:cut], data[cut:]) == [ServerSentEvent("héllo ✓")]


def test_invalid_utf8_is_a_typed_error_after_the_good_events() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: good\n\ndata: \xff\xfe\n\ndata: lost\n\n") == [
        ServerSentEvent("good")
    ]
    with pytest.raises(ResponseValidationError, match="not valid UTF-8"):
        decoder.feed(b"data: more\n\n")
    with pytest.raises(ResponseValidationError, match="not valid UTF-8"):
        decode(b"data: \xff\xfe\n\n")


def test_every_single_byte_split() -> None:
    stream = b': hi\r\nevent: message\r\ndata: {"a": 1}\r\ndata: [2]\r\n\r\ndata: [DONE]\r\n\r\n'
    expected = decode(stream)
    for cut in range(len(stream) + 1):
        assert decode(stream[:cut], stream[cut:]) == expected, cut
    assert decode(*[stream[i : i + 1] for i in range(len(stream))]) == expected


texts = st.text(
    alphabet=st.characters(blacklist_characters="\r\n", blacklist_categories=("Cs",)), max_size=30
)
events_strategy = st.lists(
    st.tuples(
        st.lists(texts, min_size=1, max_size=3),
        st.sampled_from([None, "message", "error"]),
        st.booleans(),
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(
    events=events_strategy,
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    cuts=st.lists(st.integers(min_value=0, max_value=2000), max_size=12),
)
def test_fuzz_arbitrary_splits(
    events: list[tuple[list[str], str | None, bool]], newline: str, cuts: list[int]
) -> None:
    lines: list[str] = []
    expected: list[ServerSentEvent] = []
    for data_lines, kind, with_comment in events:
        if with_comment:
            lines.append(": keep-alive")
        if kind is not None:
            lines.append(f"event: {kind}")
        lines.extend(f"data: {line}" for line in data_lines)
        lines.append("")
        expected.append(ServerSentEvent("\n".join(data_lines), kind or "message"))
    stream = (newline.join(lines) + newline).encode()
    points = sorted({c % (len(stream) + 1) for c in cuts})
    pieces = [stream[a:b] for a, b in zip([0, *points], [*points, len(stream)], strict=True)]
    assert decode(*pieces) == expected


def test_whole_events_in_one_read_keep_ids_and_limits() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"id: 7\ndata: a\n\ndata: b\n\nevent: error\ndata: c\n\ndata: d") == [
        ServerSentEvent("a", id="7"),
        ServerSentEvent("b", id="7"),
        ServerSentEvent("c", event="error", id="7"),
    ]
    assert decoder.feed(b"\n\n") == [ServerSentEvent("d", id="7")]
    small = SSEDecoder(max_event_bytes=8)
    assert small.feed(b"data: ok\n\ndata: far too long\n\n") == [ServerSentEvent("ok")]
    with pytest.raises(ResponseTooLargeError):
        small.feed(b"data: x\n\n")


@settings(max_examples=400, deadline=None)
@given(
    events=st.lists(
        st.tuples(
            st.lists(texts, min_size=1, max_size=2),
            st.sampled_from([None, None, None, "error"]),
            st.sampled_from([b"data: ", b"data: ", b"data:", b"data:  "]),
            st.integers(min_value=0, max_value=1),  # extra blank lines after the event
        ),
        min_size=1,
        max_size=8,
    ),
    cut=st.integers(min_value=0, max_value=4000),
)
@example(events=[(["a"], None, b"data: ", 0), (["b"], None, b"data:", 0)], cut=0)
@example(events=[(["a"], None, b"data: ", 0), (["b", "c"], None, b"data: ", 0)], cut=0)
def test_plain_as_bytes_agrees_with_the_rules_in_one_read_and_split(
    events: list[tuple[list[str], str | None, bytes, int]], cut: int
) -> None:
    """Whole events arriving in one read take the bulk path when every one is a plain
    `data: ` line; whatever the mix, the bytes mode says what the line-by-line rules say."""
    stream = b""
    for data_lines, kind, prefix, blanks in events:
        if kind is not None:
            stream += f"event: {kind}\n".encode()
        stream += b"".join(prefix + line.encode() + b"\n" for line in data_lines)
        stream += b"\n" * (1 + blanks)
    expected = decode(stream)
    all_plain = all(
        kind is None and len(lines) == 1 and (prefix + lines[0].encode()).startswith(b"data: ")
        for lines, kind, prefix, _ in events
    )
    for pieces in ((stream,), (stream[: cut % len(stream)], stream[cut % len(stream) :])):
        plain = SSEDecoder(plain_as_bytes=True)
        items = [item for piece in pieces for item in plain.feed(piece)] + plain.flush()
        assert as_events(items) == expected
        if len(pieces) == 1 and not any(blanks for *_, blanks in events):
            # plain events in one read come as bytes, the others never
            assert all(isinstance(item, bytes) for item in items) == all_plain
