// Small builders and checks shared by the render unit tests.
#pragma once

#include "editor/protocol/messages.hpp"
#include "editor/render/cell_run.hpp"
#include "editor/render/frame.hpp"

#include <string>
#include <vector>

namespace trio::render::testing {

// A view showing `lines` unscrolled, cursor at the top left, file "notes.txt".
inline protocol::ViewMessage view_of(const std::vector<std::string>& lines) {
    protocol::ViewMessage view;
    for (const std::string& line : lines) {
        view.lines.push_back({line, protocol::DisplayColumn(0)});
    }
    view.file_name = "notes.txt";
    view.line_count = lines.size();
    return view;
}

inline std::string run_text(const CellRun& run) {
    std::string out;
    for (const Cell& cell : run) {
        out += cell.text;
    }
    return out;
}

// One letter per cell: N(ormal) B(ar) S(pecial) E(rror) K(ey) T(ext of hint) M(essage),
// L(ine number), s(election), then the syntax classes in lower case: k(eyword) t(ype)
// q (string: quoted) c(omment) n(umber) p(reprocessor) h(eading) e(mphasis) x (code)
// v(ariable).
inline std::string run_attrs(const CellRun& run) {
    std::string out;
    for (const Cell& cell : run) {
        out += "NBSEKTMLsktqcnphexv"[static_cast<int>(cell.attr)];
    }
    return out;
}

inline CellRun frame_row(const Frame& frame, std::uint16_t row) {
    const auto begin = frame.cells.begin() + std::ptrdiff_t{row} * frame.columns;
    return CellRun(begin, begin + frame.columns);
}

// Bytes a terminal would act on instead of printing: C0, DEL, and the UTF-8 form of C1.
inline bool holds_raw_control(const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const bool c1 = byte == 0xC2 && i + 1 < text.size() &&
                        static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                        static_cast<unsigned char>(text[i + 1]) <= 0x9F;
        if (byte < 0x20 || byte == 0x7F || c1) {
            return true;
        }
    }
    return false;
}

// Every wide cell is followed by its continuation and every continuation follows one.
inline bool wide_cells_are_whole(const CellRun& run) {
    for (std::size_t i = 0; i < run.size(); ++i) {
        if (run[i].width == 2 && (i + 1 >= run.size() || run[i + 1].width != 0)) {
            return false;
        }
        if (run[i].width == 0 && (i == 0 || run[i - 1].width != 2 || !run[i].text.empty())) {
            return false;
        }
    }
    return true;
}

} // namespace trio::render::testing
