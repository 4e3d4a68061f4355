// The key hints row at the bottom of the screen, nano style. Pure; render component.
#pragma once

#include "editor/render/cell_run.hpp"

#include <cstdint>

namespace trio::render {

// "^S Save  ^Q Quit  ^Home Top  ^End Bottom  PgUp/PgDn Page": each key in HintKey, a space
// and its label in HintText, hints separated by two Normal spaces. Only whole hints are
// shown; the run is at most `columns` cells (not padded).
[[nodiscard]] CellRun key_hints(std::uint16_t columns);

} // namespace trio::render
