// Lays out the key hints row. Render component.
#include "editor/render/key_hints.hpp"

#include <array>
#include <span>
#include <string_view>

namespace trio::render {

namespace {

struct Hint {
    std::string_view key;
    std::string_view label;
};

// Most used first: a narrow terminal shows only the first few. The first four stay first so
// that 40 columns keep showing them; F1 (the help lists every key) and F2 (the runtime panel
// is what trio is there to show) come next so that an 80-column terminal shows them.
constexpr std::array editing_hints{
    Hint{"^S", "Save"},  Hint{"^Q", "Quit"},    Hint{"^F", "Find"},     Hint{"^G", "Go to line"},
    Hint{"^Z", "Undo"},  Hint{"F1", "Help"},    Hint{"F2", "Runtime"},  Hint{"^C", "Copy"},
    Hint{"^V", "Paste"}, Hint{"^R", "Replace"}, Hint{"^K", "Cut line"}, Hint{"^Y", "Redo"},
};
constexpr std::array question_hints{Hint{"Y", "Yes"}, Hint{"N", "No"}, Hint{"^C", "Cancel"}};
constexpr std::array search_hints{
    Hint{"Enter", "Done"}, Hint{"^N", "Next"},    Hint{"^P", "Previous"},
    Hint{"M-C", "Case"},   Hint{"Esc", "Cancel"},
};
constexpr std::array go_to_line_hints{Hint{"Enter", "Go"}, Hint{"Esc", "Cancel"}};
constexpr std::array recovery_hints{Hint{"R", "Recover"}, Hint{"D", "Discard"},
                                    Hint{"O", "Open read-only"}, Hint{"^Q", "Quit"}};
constexpr std::array recovery_impossible_hints{Hint{"D", "Discard the journal"},
                                               Hint{"O", "Open read-only"}, Hint{"^Q", "Quit"}};
constexpr std::array replace_hints{Hint{"Enter", "Replace"}, Hint{"Esc", "Cancel"}};
constexpr std::array replace_this_hints{Hint{"Y", "Replace"}, Hint{"N", "Skip"}, Hint{"A", "All"},
                                        Hint{"Esc", "Stop"}};
constexpr std::array file_name_hints{Hint{"Enter", "Save"}, Hint{"Esc", "Cancel"}};
constexpr std::array open_file_hints{Hint{"Enter", "Open"}, Hint{"Esc", "Cancel"}};
constexpr std::array changed_on_disk_hints{Hint{"Y", "Save over it"}, Hint{"N", "Cancel"}};
constexpr std::array lock_held_hints{Hint{"O", "Open read-only"}, Hint{"C", "Continue anyway"},
                                     Hint{"^Q", "Quit"}};

std::span<const Hint> hints_for(protocol::Prompt prompt) {
    switch (prompt) {
    case protocol::Prompt::Question:
        return question_hints;
    case protocol::Prompt::Search:
        return search_hints;
    case protocol::Prompt::GoToLine:
        return go_to_line_hints;
    case protocol::Prompt::Recovery:
        return recovery_hints;
    case protocol::Prompt::RecoveryImpossible:
        return recovery_impossible_hints;
    case protocol::Prompt::LockHeld:
        return lock_held_hints;
    case protocol::Prompt::Replace:
        return replace_hints;
    case protocol::Prompt::ReplaceThis:
        return replace_this_hints;
    case protocol::Prompt::FileName:
        return file_name_hints;
    case protocol::Prompt::OpenFile:
        return open_file_hints;
    case protocol::Prompt::ChangedOnDisk:
        return changed_on_disk_hints;
    case protocol::Prompt::None:
        break;
    }
    return editing_hints;
}

constexpr std::size_t separator_width = 2;

// The hints are ASCII literals, so one character is one cell.
void append_ascii(CellRun& run, std::string_view text, Attr attr) {
    for (const char c : text) {
        run.push_back(Cell{std::string(1, c), 1, attr});
    }
}

} // namespace

CellRun key_hints(protocol::Prompt prompt, std::uint16_t columns) {
    CellRun row;
    for (const Hint& hint : hints_for(prompt)) {
        const std::size_t separator = row.empty() ? 0 : separator_width;
        const std::size_t width = hint.key.size() + 1 + hint.label.size();
        if (row.size() + separator + width > columns) {
            break;
        }
        append(row, blank_cells(separator, Attr::Normal));
        append_ascii(row, hint.key, Attr::HintKey);
        append_ascii(row, " ", Attr::HintText);
        append_ascii(row, hint.label, Attr::HintText);
    }
    return row;
}

} // namespace trio::render
