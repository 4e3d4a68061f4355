// Randomized model test of the editing session: thousands of random typing, deleting, cursor,
// paste, undo and redo keys applied to the Editor and to a plain std::string model with its
// own snapshot-based undo, compared after every key (fixed seeds, reproducible). The
// autosave side is checked too: the EditOps sent, replayed into a second Document, must give
// the same text.
#include "editor/commands/editor.hpp"
#include "editor/keys/key.hpp"

#include <gtest/gtest.h>
#include <random>

namespace trio::commands {
namespace {

using document::ByteOffset;
using document::Document;
using keys::Key;
using keys::KeyCode;
using keys::Modifier;

bool is_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The text, the cursor and undo as snapshots of whole groups: independent of UndoHistory.
class Model {
public:
    explicit Model(std::string text) : m_text(std::move(text)) {}

    void type(std::string_view s, bool typing_run) {
        begin_group(typing_run ? Group::Typing : Group::Single);
        m_text.insert(m_cursor, s);
        m_cursor += s.size();
        end_edit();
    }
    // What Enter copies onto the new line: the blanks that start the line, up to the cursor.
    [[nodiscard]] std::string indentation() const {
        const std::size_t start = m_cursor == 0 ? 0 : m_text.rfind('\n', m_cursor - 1) + 1;
        std::size_t end = start;
        while (end < m_cursor && (m_text[end] == ' ' || m_text[end] == '\t')) {
            ++end;
        }
        return m_text.substr(start, end - start);
    }
    void backspace() {
        if (m_cursor == 0) {
            return;
        }
        std::size_t begin = m_cursor - 1;
        while (begin > 0 && is_continuation(m_text[begin])) {
            --begin;
        }
        begin_group(Group::Deleting);
        m_text.erase(begin, m_cursor - begin);
        m_cursor = begin;
        end_edit();
    }
    void del() {
        if (m_cursor == m_text.size()) {
            return;
        }
        std::size_t end = m_cursor + 1;
        while (end < m_text.size() && is_continuation(m_text[end])) {
            ++end;
        }
        begin_group(Group::Deleting);
        m_text.erase(m_cursor, end - m_cursor);
        end_edit();
    }
    void left() {
        if (m_cursor > 0) {
            do {
                --m_cursor;
            } while (m_cursor > 0 && is_continuation(m_text[m_cursor]));
        }
        m_group = Group::None;
    }
    void right() {
        if (m_cursor < m_text.size()) {
            do {
                ++m_cursor;
            } while (m_cursor < m_text.size() && is_continuation(m_text[m_cursor]));
        }
        m_group = Group::None;
    }
    void home() {
        m_cursor = m_cursor == 0 ? 0 : m_text.rfind('\n', m_cursor - 1) + 1; // npos + 1 == 0
        m_group = Group::None;
    }
    void end() {
        m_cursor = std::min(m_text.find('\n', m_cursor), m_text.size());
        m_group = Group::None;
    }
    void undo() {
        m_group = Group::None;
        if (m_done.empty()) {
            return;
        }
        m_undone.push_back(m_done.back());
        m_done.pop_back();
        restore(m_undone.back().before);
    }
    void redo() {
        m_group = Group::None;
        if (m_undone.empty()) {
            return;
        }
        m_done.push_back(m_undone.back());
        m_undone.pop_back();
        restore(m_done.back().after);
    }
    void saved() {
        m_saved_state = m_state;
        m_group = Group::None;
    }

    [[nodiscard]] const std::string& text() const { return m_text; }
    [[nodiscard]] std::size_t cursor() const { return m_cursor; }
    [[nodiscard]] bool modified() const { return m_state != m_saved_state; }

private:
    enum class Group { None, Typing, Deleting, Single };
    struct Snapshot {
        std::string text;
        std::size_t cursor = 0;
        std::uint64_t state = 0;
    };
    struct Step {
        Snapshot before;
        Snapshot after;
    };

    void begin_group(Group kind) {
        m_undone.clear();
        if (kind == Group::Single || kind != m_group) {
            m_done.push_back({{m_text, m_cursor, m_state}, {}});
        }
        m_group = kind == Group::Single ? Group::None : kind;
    }
    void end_edit() {
        m_state = ++m_next_state;
        m_done.back().after = {m_text, m_cursor, m_state};
    }
    void restore(const Snapshot& s) {
        m_text = s.text;
        m_cursor = s.cursor;
        m_state = s.state;
    }

    std::string m_text;
    std::size_t m_cursor = 0;
    Group m_group = Group::None;
    std::vector<Step> m_done;
    std::vector<Step> m_undone;
    std::uint64_t m_state = 0;
    std::uint64_t m_saved_state = 0;
    std::uint64_t m_next_state = 0;
};

void replay(Document& replica, Editor& editor) {
    for (auto& msg : editor.take_outgoing()) {
        if (auto* op = std::get_if<document::EditOp>(&msg)) {
            replica.apply(*op);
        } else if (auto* save = std::get_if<protocol::SaveRequest>(&msg)) {
            editor.handle_save_result(protocol::SaveResult{save->seq, true, 0, 0, ""});
        }
    }
}

void run_model_test(std::uint32_t seed, std::string initial, int keys) {
    std::mt19937 rng(seed);
    Editor editor(Document(initial), EditorConfig{.path = "f.txt", .tab_width = 8});
    Document replica(initial);
    Model model(initial);
    std::string log; // every key so far, printed on failure
    const std::vector<std::string> typed{"a", "b", " ", "中", "é", "\n", "z"};
    for (int i = 0; i < keys; ++i) {
        const auto roll = rng() % 100;
        std::string what;
        if (roll < 40) {
            const std::string& s = typed[rng() % typed.size()];
            what = "type " + s;
            editor.handle_key(s == "\n" ? keys::make_key(KeyCode::Enter)
                                        : keys::parse_keys(s).front());
            model.type(s == "\n" ? "\n" + model.indentation() : s, true); // auto-indent
        } else if (roll < 52) {
            what = "backspace";
            editor.handle_key(keys::make_key(KeyCode::Backspace));
            model.backspace();
        } else if (roll < 58) {
            what = "delete";
            editor.handle_key(keys::make_key(KeyCode::Delete));
            model.del();
        } else if (roll < 64) {
            what = "left";
            editor.handle_key(keys::make_key(KeyCode::Left));
            model.left();
        } else if (roll < 68) {
            what = "right";
            editor.handle_key(keys::make_key(KeyCode::Right));
            model.right();
        } else if (roll < 70) {
            what = "home";
            editor.handle_key(keys::make_key(KeyCode::Home));
            model.home();
        } else if (roll < 72) {
            what = "end";
            editor.handle_key(keys::make_key(KeyCode::End));
            model.end();
        } else if (roll < 84) {
            what = "undo";
            editor.handle_key(keys::make_char('z', Modifier::Ctrl));
            model.undo();
        } else if (roll < 94) {
            what = "redo";
            editor.handle_key(keys::make_char('y', Modifier::Ctrl));
            model.redo();
        } else if (roll < 96) {
            // Mostly short; one in eight over one 16 KiB message, so it travels in pieces.
            const std::string pasted(rng() % 8 == 0 ? 17'000 + rng() % 20'000 : rng() % 50, 'p');
            what = "paste " + std::to_string(pasted.size());
            editor.handle_key(keys::make_paste(pasted));
            model.type(pasted, false);
        } else {
            what = "save";
            editor.handle_key(keys::make_char('s', Modifier::Ctrl));
            model.saved();
        }
        replay(replica, editor);
        log += what + " | ";
        ASSERT_EQ(editor.document().text(), model.text())
            << "seed " << seed << " key " << i << " (" << what << ")\nkeys: " << log;
        ASSERT_EQ(editor.cursor(), ByteOffset(model.cursor()))
            << "seed " << seed << " key " << i << " (" << what << ")";
        ASSERT_EQ(editor.modified(), model.modified())
            << "seed " << seed << " key " << i << " (" << what << ")";
        ASSERT_EQ(replica.text(), model.text()) << "seed " << seed << " key " << i;
    }
}

TEST(EditorModel, RandomEditsUndoAndRedoMatchAStringModelFromEmpty) {
    for (std::uint32_t seed = 1; seed <= 20; ++seed) {
        run_model_test(seed, "", 300);
    }
}

TEST(EditorModel, RandomEditsUndoAndRedoMatchAStringModelOnAnExistingText) {
    for (std::uint32_t seed = 100; seed <= 110; ++seed) {
        run_model_test(seed, "first line\nsecond 中文 line\n\nlast", 500);
    }
}

} // namespace
} // namespace trio::commands
