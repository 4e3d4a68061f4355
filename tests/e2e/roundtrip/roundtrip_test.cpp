// The round-trip corpus: every odd file opened by trio and by trio-proc through a pty, shown
// safely, saved unedited (Ctrl-S) and compared byte for byte; plus edits that must keep the
// file's conventions (a CR LF file's Enter, typing undone). Runs in the test process.
#include "tests/e2e/harness/built_editors.hpp"
#include "tests/e2e/harness/case_runner.hpp"
#include "tests/e2e/roundtrip/byte_difference.hpp"
#include "tests/e2e/roundtrip/corpus.hpp"
#include "tests/e2e/roundtrip/roundtrip_session.hpp"

#include <algorithm>
#include <gtest/gtest.h>
#include <ostream>
#include <string>
#include <vector>

namespace trio::e2e {
namespace {

std::string test_suffix(const Executable& editor) {
    return editor.name == "trio" ? "trio" : "trio_proc";
}

struct Run {
    std::string file; // a corpus_files() name
    Executable editor;
};

// Names the run in gtest's failure summary instead of dumping its bytes.
void PrintTo(const Run& run, std::ostream* out) {
    *out << run.file << " on " << run.editor.name;
}

std::vector<Run> all_runs() {
    std::vector<Run> runs;
    for (const auto& file : corpus_files()) {
        for (const auto& editor : built_editors()) {
            runs.push_back({file.name, editor});
        }
    }
    return runs;
}

// Ctrl-S, the "Wrote" message, Ctrl-Q, exit status 0, nothing left behind; then the bytes on
// disk must be `expected`.
void save_quit_and_compare(RoundTripSession& session, const std::string& expected) {
    session.type("<c-s>");
    ASSERT_TRUE(session.wait_for_message("Wrote")) << "no \"Wrote\" message\n"
                                                   << session.describe();
    session.type("<c-q>");
    const auto status = session.wait_exit();
    ASSERT_TRUE(status) << "the editor did not exit after Ctrl-Q\n" << session.describe();
    EXPECT_EQ(*status, (ExitStatus{0, 0})) << status->to_string() << "\n" << session.describe();
    for (const auto& leftover : session.leftovers()) {
        ADD_FAILURE() << "left behind: " << leftover;
    }
    const auto on_disk = session.file_on_disk();
    ASSERT_TRUE(on_disk) << "file.txt is gone after the save";
    EXPECT_TRUE(*on_disk == expected) << describe_difference(expected, *on_disk);
}

// Waits until every check holds (or the deadline), then reports each one that does not.
void expect_first_screen(RoundTripSession& session, const std::vector<RowCheck>& checks) {
    const auto all_hold = [&] {
        const auto rows = session.screen().rows();
        return std::all_of(checks.begin(), checks.end(),
                           [&](const RowCheck& check) { return check.holds(rows); });
    };
    if (session.wait_until(all_hold)) {
        return;
    }
    const auto rows = session.screen().rows();
    for (const auto& check : checks) {
        EXPECT_TRUE(check.holds(rows)) << check.why << ": row " << check.row << " should "
                                       << (check.match == RowMatch::Equals       ? "read"
                                           : check.match == RowMatch::StartsWith ? "start with"
                                                                                 : "contain")
                                       << " \"" << check.text << "\"\n"
                                       << session.describe();
    }
}

class RoundTrip : public ::testing::TestWithParam<Run> {};

TEST_P(RoundTrip, OpensShowsAndSavesTheFileByteForByte) {
    const auto& run = GetParam();
    if (run.editor.path.empty()) {
        GTEST_SKIP() << run.editor.name << " is not built by this CMake tree";
    }
    const auto file = corpus_file(run.file);
    const auto original = file.bytes();
    RoundTripSession session(run.editor, original);
    ASSERT_TRUE(session.wait_until_ready()) << "no first screen\n" << session.describe();
    expect_first_screen(session, file.first_screen);
    save_quit_and_compare(session, original);
}

INSTANTIATE_TEST_SUITE_P(Corpus, RoundTrip, ::testing::ValuesIn(all_runs()),
                         [](const ::testing::TestParamInfo<Run>& run) {
                             return run.param.file + "__" + test_suffix(run.param.editor);
                         });

// An Executable with a name for gtest's failure summary (Executable itself has no PrintTo).
struct EditRun {
    Executable editor;
};

void PrintTo(const EditRun& run, std::ostream* out) {
    *out << run.editor.name;
}

std::vector<EditRun> edit_runs() {
    std::vector<EditRun> runs;
    for (auto& editor : built_editors()) {
        runs.push_back({std::move(editor)});
    }
    return runs;
}

class RoundTripEdit : public ::testing::TestWithParam<EditRun> {
protected:
    void SetUp() override {
        if (editor().path.empty()) {
            GTEST_SKIP() << editor().name << " is not built by this CMake tree";
        }
    }
    [[nodiscard]] const Executable& editor() const { return GetParam().editor; }
};

TEST_P(RoundTripEdit, EnterInACrLfFileInsertsCrLf) {
    RoundTripSession session(editor(), "line one\r\nline two\r\n");
    ASSERT_TRUE(session.wait_until_ready()) << session.describe();
    session.type("<end><ret>x");
    save_quit_and_compare(session, "line one\r\nx\r\nline two\r\n");
}

// Undo must restore the exact bytes, whatever they are, not a normalised version of them.
TEST_P(RoundTripEdit, TypingThenUndoSavesTheOriginalBytes) {
    for (const char* name : {"crlf", "lone_cr", "mixed_line_endings", "no_final_newline",
                             "nul_bytes", "every_byte", "invalid_utf8", "utf8_bom", "unicode"}) {
        SCOPED_TRACE(name);
        const auto original = corpus_file(name).bytes();
        RoundTripSession session(editor(), original);
        ASSERT_TRUE(session.wait_until_ready()) << session.describe();
        session.type("<down><end>x<c-z>");
        save_quit_and_compare(session, original);
    }
}

// Another program truncates the mapped file while it is open: showing the lost part must not
// kill the editor (SIGBUS); it says what happened and still quits cleanly.
TEST_P(RoundTripEdit, AFileTruncatedWhileOpenIsReportedNotFatal) {
    std::string text;
    for (int i = 0; text.size() < 1024 * 1024; ++i) { // mapped: over files::map_threshold
        text += "line " + std::to_string(i) + "\n";
    }
    RoundTripSession session(editor(), text);
    ASSERT_TRUE(session.wait_until_ready()) << session.describe();
    std::filesystem::resize_file(session.file_path(), 0);
    session.type("<c-end>");
    ASSERT_TRUE(session.wait_for_message("truncated this file")) << session.describe();
    // Editing goes on; what was lost saves as the NULs it now reads as, the rest exactly.
    session.type("X<c-s>");
    // Truncating it was another program's write: saving over it is asked first.
    ASSERT_TRUE(session.wait_for_message("changed on disk")) << session.describe();
    session.type("y");
    // The status bar loses its [+] once the save is done (trio-proc's autosave may then also
    // say that it saved the lost part as NULs, over the "Wrote" message).
    ASSERT_TRUE(session.wait_until([&] {
        return session.screen().rows()[roundtrip_status_row].find("[+]") == std::string::npos;
    })) << session.describe();
    session.type("<c-q>");
    const auto status = session.wait_exit();
    ASSERT_TRUE(status) << session.describe();
    EXPECT_EQ(*status, (ExitStatus{0, 0})) << status->to_string();
    EXPECT_TRUE(session.leftovers().empty());
    const auto on_disk = session.file_on_disk();
    ASSERT_TRUE(on_disk);
    const std::string expected = std::string(text.size(), '\0') + "X";
    EXPECT_TRUE(*on_disk == expected) << describe_difference(expected, *on_disk);
}

INSTANTIATE_TEST_SUITE_P(Editors, RoundTripEdit, ::testing::ValuesIn(edit_runs()),
                         [](const ::testing::TestParamInfo<EditRun>& run) {
                             return test_suffix(run.param.editor);
                         });

} // namespace
} // namespace trio::e2e
