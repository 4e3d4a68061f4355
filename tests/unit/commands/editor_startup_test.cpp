// The question a session opens with (a leftover journal, a file open elsewhere), recovery,
// read-only mode, and when the journal is dropped at the end. Tests for the input
// component's Editor.
#include "editor/commands/editor.hpp"
#include "editor/journal/journal_replay.hpp"
#include "editor/keys/key.hpp"
#include "tests/unit/commands/editor_test_support.hpp"

#include <algorithm>
#include <gtest/gtest.h>

namespace trio::commands {
namespace {

using testing::type;

using document::ByteOffset;
using document::Document;
using document::EditOp;
using document::SeqNo;
using protocol::Prompt;

constexpr std::string_view read_only_text = "Read-only: this file was opened for viewing";

EditOp insert_op(std::uint64_t seq, std::uint64_t at, std::string text) {
    return EditOp{SeqNo(seq), EditOp::Kind::Insert, ByteOffset(at), std::move(text)};
}
EditOp erase_op(std::uint64_t seq, std::uint64_t at, std::string text) {
    return EditOp{SeqNo(seq), EditOp::Kind::Erase, ByteOffset(at), std::move(text)};
}

StartupQuestion question_of(Prompt prompt, std::vector<journal::JournalRecord> records = {},
                            std::size_t edits = 0) {
    StartupQuestion question;
    question.prompt = prompt;
    question.text = prompt == Prompt::LockHeld ? "Already open in trio (pid 1234). Open read-only?"
                                               : "Recover the unsaved edits from 5 s ago?";
    question.records = std::move(records);
    question.edits = edits;
    return question;
}

EditorConfig config_with(StartupQuestion question) {
    EditorConfig config;
    config.path = "notes.txt";
    config.question = std::move(question);
    return config;
}

std::vector<EditOp> ops_in(const std::vector<protocol::ToAutosave>& outgoing) {
    std::vector<EditOp> ops;
    for (const auto& msg : outgoing) {
        if (const auto* op = std::get_if<EditOp>(&msg)) {
            ops.push_back(*op);
        }
    }
    return ops;
}

bool has_drop(const std::vector<protocol::ToAutosave>& outgoing) {
    return std::any_of(outgoing.begin(), outgoing.end(), [](const protocol::ToAutosave& msg) {
        return std::holds_alternative<protocol::DropJournal>(msg);
    });
}

// What recovery outside the editor (journal::replay) makes of the same records.
std::string replayed(std::string_view from, const std::vector<journal::JournalRecord>& records) {
    journal::JournalContents contents;
    contents.header = journal::JournalHeader{};
    contents.records = records;
    return journal::replay(from, contents).text;
}

constexpr std::string_view original = "hello world\n";

Document original_doc() {
    return Document(std::string(original));
}

// "hello world\n" → "Hello, world\nbye\n"
std::vector<journal::JournalRecord> four_edits() {
    return {insert_op(1, 5, ","), erase_op(2, 0, "h"), insert_op(3, 0, "H"),
            insert_op(4, 13, "bye\n")};
}

TEST(EditorStartup, ALeftoverJournalAsksBeforeAnyEditing) {
    const Editor editor(original_doc(),
                        config_with(question_of(Prompt::Recovery, four_edits(), 4)));
    EXPECT_EQ(editor.mode(), Mode::Startup);
    EXPECT_EQ(editor.prompt(), Prompt::Recovery);
    EXPECT_EQ(editor.message(), "Recover the unsaved edits from 5 s ago?");
}

TEST(EditorStartup, RecoverPerformsTheJournalsEditsAsOneUndoStep) {
    Editor editor(original_doc(), config_with(question_of(Prompt::Recovery, four_edits(), 4)));
    type(editor, "r");
    EXPECT_EQ(editor.mode(), Mode::Editing);
    EXPECT_EQ(editor.prompt(), Prompt::None);
    EXPECT_EQ(editor.document().text(), replayed(original, four_edits()));
    EXPECT_EQ(editor.document().text(), "Hello, world\nbye\n");
    EXPECT_TRUE(editor.modified());
    EXPECT_EQ(editor.cursor(), ByteOffset(17)); // after the last edit
    EXPECT_EQ(editor.message(), "Recovered 4 edits: save to keep them");
    EXPECT_FALSE(editor.message_is_error());

    // Autosave's replica follows through ordinary EditOps, so the new journal has them too.
    const std::vector<protocol::ToAutosave> outgoing = editor.take_outgoing();
    EXPECT_FALSE(has_drop(outgoing));
    Document replica = original_doc();
    for (const EditOp& op : ops_in(outgoing)) {
        replica.apply(op);
    }
    EXPECT_EQ(replica.text(), editor.document().text());

    type(editor, "<c-z>");
    EXPECT_EQ(editor.document().text(), original);
    EXPECT_FALSE(editor.modified());
    type(editor, "<c-y>");
    EXPECT_EQ(editor.document().text(), "Hello, world\nbye\n");
}

TEST(EditorStartup, RecoveringASnapshotReplacesTheTextAndUndoesInOneStep) {
    const std::vector<journal::JournalRecord> records = {
        journal::SnapshotRecord{SeqNo(7), "fresh\n"}, insert_op(8, 6, "more")};
    Editor editor(original_doc(), config_with(question_of(Prompt::Recovery, records, 1)));
    type(editor, "R");
    EXPECT_EQ(editor.document().text(), "fresh\nmore");
    EXPECT_EQ(editor.document().text(), replayed(original, records));
    EXPECT_EQ(editor.message(), "Recovered 1 edit: save to keep them");
    type(editor, "<c-z>");
    EXPECT_EQ(editor.document().text(), original);
}

TEST(EditorStartup, RecoveringADamagedJournalSaysItsEndWasLeftOut) {
    StartupQuestion question = question_of(Prompt::Recovery, {insert_op(1, 0, "a")}, 1);
    question.damaged = true;
    Editor editor(original_doc(), config_with(std::move(question)));
    type(editor, "r");
    EXPECT_EQ(editor.document().text(), "ahello world\n");
    EXPECT_EQ(editor.message(), "Recovered 1 edit (the journal's damaged end was left out)");
    EXPECT_TRUE(editor.message_is_error());
}

TEST(EditorStartup, DiscardDropsTheJournalAndEditsTheFileAsOnDisk) {
    Editor editor(original_doc(), config_with(question_of(Prompt::Recovery, four_edits(), 4)));
    type(editor, "d");
    EXPECT_EQ(editor.mode(), Mode::Editing);
    EXPECT_EQ(editor.document().text(), original);
    EXPECT_FALSE(editor.modified());
    EXPECT_EQ(editor.message(), "Discarded the unsaved edits: the file is as it is on disk");
    const auto outgoing = editor.take_outgoing();
    ASSERT_EQ(outgoing.size(), 1U);
    EXPECT_TRUE(std::holds_alternative<protocol::DropJournal>(outgoing.front()));

    type(editor, "x");
    EXPECT_EQ(ops_in(editor.take_outgoing()).size(), 1U); // and editing is journaled
    EXPECT_TRUE(editor.journaled());
}

TEST(EditorStartup, OpenReadOnlyKeepsTheJournalAndRefusesEveryEdit) {
    Editor editor(original_doc(), config_with(question_of(Prompt::Recovery, four_edits(), 4)));
    type(editor, "o");
    EXPECT_TRUE(editor.read_only());
    EXPECT_FALSE(editor.journaled());
    EXPECT_EQ(editor.message(), "Opened read-only: the journal is kept for later");
    for (const char* key : {"x", "X", "<ret>", "<backspace>", "<del>", "<tab>", "<c-z>", "<c-y>",
                            "<c-s>", "<paste>pasted</paste>"}) {
        type(editor, key);
        EXPECT_EQ(editor.message(), read_only_text) << key;
        EXPECT_TRUE(editor.message_is_error()) << key;
    }
    EXPECT_EQ(editor.document().text(), original);
    EXPECT_FALSE(editor.modified());
    EXPECT_TRUE(editor.take_outgoing().empty());

    type(editor, "<right><right><down>");
    EXPECT_EQ(editor.cursor(), ByteOffset(12)); // the empty last line
    EXPECT_EQ(editor.message(), "");            // moving is not refused
    type(editor, "<c-q>");
    EXPECT_TRUE(editor.wants_quit());
    EXPECT_FALSE(has_drop(editor.take_outgoing())); // the journal stays for later
}

TEST(EditorStartup, OtherKeysLeaveTheQuestionOnScreen) {
    Editor editor(original_doc(), config_with(question_of(Prompt::Recovery, four_edits(), 4)));
    type(editor, "x<esc><ret><c-s><c-z><down>y<c-c>");
    EXPECT_EQ(editor.mode(), Mode::Startup);
    EXPECT_EQ(editor.prompt(), Prompt::Recovery);
    EXPECT_EQ(editor.message(), "Recover the unsaved edits from 5 s ago?");
    EXPECT_EQ(editor.document().text(), original);
    EXPECT_TRUE(editor.take_outgoing().empty());
    EXPECT_FALSE(editor.wants_quit());
}

TEST(EditorStartup, CtrlQAtTheQuestionQuitsAndKeepsTheJournal) {
    for (const Prompt prompt : {Prompt::Recovery, Prompt::RecoveryImpossible, Prompt::LockHeld}) {
        Editor editor(original_doc(), config_with(question_of(prompt, four_edits(), 4)));
        type(editor, "<c-q>");
        EXPECT_TRUE(editor.wants_quit());
        EXPECT_TRUE(editor.take_outgoing().empty()) << static_cast<int>(prompt);
    }
}

TEST(EditorStartup, AnImpossibleRecoveryOffersOnlyDiscardAndReadOnly) {
    Editor editor(original_doc(), config_with(question_of(Prompt::RecoveryImpossible)));
    type(editor, "r");
    EXPECT_EQ(editor.mode(), Mode::Startup);
    EXPECT_EQ(editor.document().text(), original);
    type(editor, "D");
    EXPECT_EQ(editor.mode(), Mode::Editing);
    EXPECT_TRUE(has_drop(editor.take_outgoing()));

    Editor viewer(original_doc(), config_with(question_of(Prompt::RecoveryImpossible)));
    type(viewer, "o");
    EXPECT_TRUE(viewer.read_only());
    EXPECT_TRUE(viewer.take_outgoing().empty());
}

TEST(EditorStartup, ContinuingPastAHeldLockEditsWithoutAJournal) {
    Editor editor(original_doc(), config_with(question_of(Prompt::LockHeld)));
    EXPECT_EQ(editor.prompt(), Prompt::LockHeld);
    type(editor, "dr"); // not answers to this question
    EXPECT_EQ(editor.mode(), Mode::Startup);
    EXPECT_TRUE(editor.take_outgoing().empty());
    type(editor, "c");
    EXPECT_EQ(editor.mode(), Mode::Editing);
    EXPECT_FALSE(editor.journaled());
    EXPECT_FALSE(editor.read_only());
    EXPECT_TRUE(editor.message_is_error());
    type(editor, "x");
    EXPECT_EQ(editor.document().text(), "xhello world\n");
}

TEST(EditorStartup, AHeldLockCanBeOpenedReadOnly) {
    Editor editor(original_doc(), config_with(question_of(Prompt::LockHeld)));
    type(editor, "O");
    EXPECT_TRUE(editor.read_only());
    EXPECT_EQ(editor.message(), "Opened read-only: another editor has this file open");
}

TEST(EditorQuit, AnUnmodifiedQuitDropsTheJournal) {
    Editor editor(original_doc(), config_with({}));
    type(editor, "x<c-z><c-q>"); // typed and undone: unmodified again
    EXPECT_TRUE(editor.wants_quit());
    const auto outgoing = editor.take_outgoing();
    ASSERT_FALSE(outgoing.empty());
    EXPECT_TRUE(std::holds_alternative<protocol::DropJournal>(outgoing.back()));
}

TEST(EditorQuit, QuittingWithoutSavingDropsTheJournal) {
    Editor editor(original_doc(), config_with({}));
    type(editor, "x<c-q>");
    EXPECT_FALSE(has_drop(editor.take_outgoing())); // only asked so far
    type(editor, "n");
    EXPECT_TRUE(editor.wants_quit());
    EXPECT_TRUE(has_drop(editor.take_outgoing()));
}

TEST(EditorQuit, SavingThenQuittingDropsTheJournalOnceTheSaveLanded) {
    Editor editor(original_doc(), config_with({}));
    type(editor, "x<c-q>y");
    auto outgoing = editor.take_outgoing();
    ASSERT_FALSE(outgoing.empty());
    const auto* request = std::get_if<protocol::SaveRequest>(&outgoing.back());
    ASSERT_NE(request, nullptr);
    EXPECT_FALSE(has_drop(outgoing)); // the save may still fail
    editor.handle_save_result(protocol::SaveResult{request->seq, true, 13, 1, ""});
    EXPECT_TRUE(editor.wants_quit());
    outgoing = editor.take_outgoing();
    ASSERT_EQ(outgoing.size(), 1U);
    EXPECT_TRUE(std::holds_alternative<protocol::DropJournal>(outgoing.front()));
}

TEST(EditorQuit, ASignalKeepsTheJournalOnlyWhenThereAreUnsavedChanges) {
    Editor clean(original_doc(), config_with({}));
    clean.end_by_signal();
    EXPECT_TRUE(clean.wants_quit());
    EXPECT_TRUE(has_drop(clean.take_outgoing()));

    Editor dirty(original_doc(), config_with({}));
    type(dirty, "x");
    (void)dirty.take_outgoing();
    dirty.end_by_signal();
    EXPECT_TRUE(dirty.wants_quit());
    EXPECT_TRUE(dirty.take_outgoing().empty());
}

TEST(EditorQuit, ASignalDuringTheQuestionOrWhileReadOnlyKeepsTheJournal) {
    Editor asking(original_doc(), config_with(question_of(Prompt::Recovery, four_edits(), 4)));
    asking.end_by_signal();
    EXPECT_TRUE(asking.wants_quit());
    EXPECT_TRUE(asking.take_outgoing().empty());

    Editor viewing(original_doc(), config_with(question_of(Prompt::Recovery, four_edits(), 4)));
    type(viewing, "o");
    viewing.end_by_signal();
    EXPECT_TRUE(viewing.take_outgoing().empty());
}

TEST(EditorReadOnly, TheReadOnlyOptionRefusesEditsFromTheStart) {
    EditorConfig config = config_with({});
    config.read_only = true;
    Editor editor(original_doc(), std::move(config));
    EXPECT_TRUE(editor.read_only());
    EXPECT_EQ(editor.mode(), Mode::Editing);
    type(editor, "abc<ret>");
    EXPECT_EQ(editor.document().text(), original);
    EXPECT_EQ(editor.message(), read_only_text);
    type(editor, "<c-q>");
    EXPECT_TRUE(editor.wants_quit());
    EXPECT_TRUE(editor.take_outgoing().empty());
}

TEST(EditorReadOnly, WithoutAJournalTheSessionIsNotJournaled) {
    EditorConfig config = config_with({});
    config.journal = false;
    const Editor editor(original_doc(), std::move(config));
    EXPECT_FALSE(editor.journaled());
    const Editor journaled(original_doc(), config_with({}));
    EXPECT_TRUE(journaled.journaled());
}

TEST(EditorStartup, AStartupWarningIsTheFirstMessageUnlessAQuestionIsAsked) {
    EditorConfig config = config_with({});
    config.startup_warning = "No recovery journal: state directory '/x/trio' is not yours";
    const Editor warned(original_doc(), config);
    EXPECT_EQ(warned.message(), config.startup_warning);
    EXPECT_TRUE(warned.message_is_error());

    config.question = question_of(Prompt::Recovery, four_edits(), 4);
    const Editor asked(original_doc(), config);
    EXPECT_EQ(asked.message(), "Recover the unsaved edits from 5 s ago?");
}

// `+LINE[:COL]` on the command line (EditorConfig start_line / start_column).
Editor editor_starting_at(std::string text, std::uint64_t line, std::uint64_t column) {
    return Editor(Document(std::move(text)), EditorConfig{.path = "file.txt",
                                                          .tab_width = 4,
                                                          .start_line = line,
                                                          .start_column = column});
}

TEST(EditorStart, PlusLineAndColumnPlaceTheCursor) {
    EXPECT_EQ(editor_starting_at("one\ntwo\nthree\n", 3, 4).cursor(), ByteOffset(11));
    EXPECT_EQ(editor_starting_at("one\ntwo\nthree\n", 2, 0).cursor(), ByteOffset(4));
    EXPECT_EQ(editor_starting_at("one\ntwo\n", 0, 0).cursor(), ByteOffset(0));
}

TEST(EditorStart, TheColumnCountsDisplayColumns) {
    // A tab is 4 columns wide here, 中 two: column 6 is just after 中.
    EXPECT_EQ(editor_starting_at("\t中x\n", 1, 7).cursor(), ByteOffset(4));
}

TEST(EditorStart, PastTheEndIsTheLastLineAndPastTheLineItsEnd) {
    EXPECT_EQ(editor_starting_at("one\ntwo", 99, 1).cursor(), ByteOffset(4));
    EXPECT_EQ(editor_starting_at("one\ntwo", 1, 99).cursor(), ByteOffset(3));
    EXPECT_EQ(editor_starting_at("one\ntwo", 1, std::uint64_t{1} << 63).cursor(), ByteOffset(3));
}

TEST(EditorStart, TheStartKeepsTheOpeningMessage) {
    const Editor editor = editor_starting_at("one\ntwo\n", 2, 1);
    EXPECT_EQ(editor.message(), "Read 2 lines");
}

} // namespace
} // namespace trio::commands
