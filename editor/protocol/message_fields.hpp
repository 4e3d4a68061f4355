// The payload of each message: its fields, in wire order. Internal to the codec (codec.cpp
// adds the header and picks the message type); runs wherever the codec runs.
#pragma once

#include "editor/protocol/byte_reader.hpp"
#include "editor/protocol/byte_writer.hpp"
#include "editor/protocol/messages.hpp"

#include <cstddef>

namespace trio::protocol {

// One overload per message struct. write_fields appends the payload; read_fields parses it
// into a default-constructed message and throws DecodeError (via the reader) on bad input.
// payload_hint estimates the payload size cheaply, to reserve the output buffer once.
void write_fields(ByteWriter& w, const ViewMessage& m);
void write_fields(ByteWriter& w, const ClipboardCopy& m);
void write_fields(ByteWriter& w, const TerminalSize& m);
void write_fields(ByteWriter& w, const FrameTiming& m);
void write_fields(ByteWriter& w, const EditOp& m);
void write_fields(ByteWriter& w, const SaveRequest& m);
void write_fields(ByteWriter& w, const SaveResult& m);
void write_fields(ByteWriter& w, const AutosaveProblem& m);
void write_fields(ByteWriter& w, const DropJournal& m);
void write_fields(ByteWriter& w, const JournalReport& m);
void write_fields(ByteWriter& w, const OpenBuffer& m);
void write_fields(ByteWriter& w, const SelectBuffer& m);
void write_fields(ByteWriter& w, const CloseBuffer& m);

void read_fields(ByteReader& r, ViewMessage& m);
void read_fields(ByteReader& r, ClipboardCopy& m);
void read_fields(ByteReader& r, TerminalSize& m);
void read_fields(ByteReader& r, FrameTiming& m);
void read_fields(ByteReader& r, EditOp& m);
void read_fields(ByteReader& r, SaveRequest& m);
void read_fields(ByteReader& r, SaveResult& m);
void read_fields(ByteReader& r, AutosaveProblem& m);
void read_fields(ByteReader& r, DropJournal& m);
void read_fields(ByteReader& r, JournalReport& m);
void read_fields(ByteReader& r, OpenBuffer& m);
void read_fields(ByteReader& r, SelectBuffer& m);
void read_fields(ByteReader& r, CloseBuffer& m);

[[nodiscard]] std::size_t payload_hint(const ViewMessage& m);
[[nodiscard]] std::size_t payload_hint(const ClipboardCopy& m);
[[nodiscard]] std::size_t payload_hint(const TerminalSize& m);
[[nodiscard]] std::size_t payload_hint(const FrameTiming& m);
[[nodiscard]] std::size_t payload_hint(const EditOp& m);
[[nodiscard]] std::size_t payload_hint(const SaveRequest& m);
[[nodiscard]] std::size_t payload_hint(const SaveResult& m);
[[nodiscard]] std::size_t payload_hint(const AutosaveProblem& m);
[[nodiscard]] std::size_t payload_hint(const DropJournal& m);
[[nodiscard]] std::size_t payload_hint(const JournalReport& m);
[[nodiscard]] std::size_t payload_hint(const OpenBuffer& m);
[[nodiscard]] std::size_t payload_hint(const SelectBuffer& m);
[[nodiscard]] std::size_t payload_hint(const CloseBuffer& m);

} // namespace trio::protocol
