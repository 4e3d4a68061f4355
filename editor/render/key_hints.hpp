// The key hints row at the bottom of the screen, nano style. Pure; render component.
#pragma once

#include "editor/protocol/messages.hpp"
#include "editor/render/cell_run.hpp"

#include <cstdint>

namespace trio::render {

// The keys that matter now: while editing "^S Save  ^Q Quit  ^F Find  ^G Go to line …", and
// the keys that answer `prompt` while one is open. Each key in HintKey, a space and its label
// in HintText, hints separated by two Normal spaces. Only whole hints are shown; the run is
// at most `columns` cells (not padded).
[[nodiscard]] CellRun key_hints(protocol::Prompt prompt, std::uint16_t columns);

} // namespace trio::render
