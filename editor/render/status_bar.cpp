// Lays out the status bar row. Render component.
#include "editor/render/status_bar.hpp"

#include <algorithm>

namespace trio::render {

namespace {

constexpr Attr bar = Attr::StatusBar;

std::string_view design_label(protocol::Design design) {
    return design == protocol::Design::Processes ? "processes" : "threads  ";
}

std::string markers(const protocol::ViewMessage& view) {
    std::string out;
    if (view.modified) {
        out += " [+]";
    }
    if (view.read_only) {
        out += " [read-only]";
    }
    return out;
}

// " " + name + markers in at most `width` columns, shortening the name from the left.
CellRun left_part(const protocol::ViewMessage& view, std::size_t width, int tab_width) {
    CellRun name = field_cells(view.file_name, bar, tab_width);
    CellRun tail = field_cells(markers(view), bar, tab_width);
    if (!view.journal_state.empty()) {
        CellRun journal = blank_cells(1, bar);
        append(journal, field_cells(view.journal_state, view.journal_problem ? Attr::Error : bar,
                                    tab_width));
        // On a narrow screen the name and "[+]" come first; a journal problem comes before
        // the name, but not before "[+]": one too wide even for that is left out.
        constexpr std::size_t name_room = 8;
        const std::size_t markers_and_journal = 1 + tail.size() + journal.size();
        const std::size_t wanted = markers_and_journal + std::min(name.size(), name_room);
        if (wanted <= width || (view.journal_problem && markers_and_journal <= width)) {
            append(tail, journal);
        }
    }
    const std::size_t fixed = 1 + tail.size();
    if (fixed + name.size() > width) {
        if (width >= fixed + 1) {
            // Room for "<" and as much of the name's end as fits: the end names the file,
            // the start is usually a directory.
            clip_left(name, width - fixed - 1);
            name.insert(name.begin(), Cell{"<", 1, bar});
        } else {
            // "[+]" (unsaved changes) matters more than the name; half a marker means nothing.
            name.clear();
            if (fixed > width) {
                tail.clear();
            }
        }
    }
    CellRun left = blank_cells(width > 0 ? 1 : 0, bar);
    append(left, name);
    append(left, tail);
    return left;
}

} // namespace

std::string status_position_text(const protocol::ViewMessage& view) {
    // A huge file's lines are counted in the background; "?" until then.
    const std::string total = view.line_count == 0 ? "?" : std::to_string(view.line_count);
    return "Ln " + std::to_string(view.cursor_line) + "/" + total + ", Col " +
           std::to_string(view.cursor_display_column);
}

std::string status_right_text(const protocol::ViewMessage& view) {
    return status_position_text(view) + "  " + std::string(design_label(view.design)) + " ";
}

CellRun status_bar(const protocol::ViewMessage& view, std::uint16_t columns, int tab_width) {
    CellRun right = field_cells(status_right_text(view), bar, tab_width);
    if (right.size() > columns) {
        // A narrow terminal: where the cursor is matters more than which design draws it.
        right = field_cells(status_position_text(view) + " ", bar, tab_width);
    }
    CellRun row;
    if (right.size() > columns) {
        row = std::move(right);
        clip_right(row, columns);
    } else {
        // At least one blank keeps a shortened name from touching "Ln".
        const std::size_t gap = right.size() < columns ? 1 : 0;
        row = left_part(view, columns - right.size() - gap, tab_width);
        append(row, blank_cells(columns - right.size() - row.size(), bar));
        append(row, right);
    }
    append(row, blank_cells(columns - row.size(), bar));
    return row;
}

} // namespace trio::render
