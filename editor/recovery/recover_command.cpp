// The --recover command: find, judge, replay, write. Runs in the launcher's process.
#include "editor/recovery/recover_command.hpp"

#include "editor/files/atomic_save.hpp"
#include "editor/files/fd_io.hpp"
#include "editor/files/file_reader.hpp"
#include "editor/journal/journal_replay.hpp"
#include "editor/recovery/leftover_journal.hpp"

#include <exception>
#include <unistd.h>

namespace trio::recovery {

namespace {

int write_out(const std::string& out, const std::string& text, std::string& error) {
    if (out == "-") {
        if (const int e = files::write_all(STDOUT_FILENO, text); e != 0) {
            error = "cannot write to standard output: " + files::errno_text(e);
            return recover_failed;
        }
        return recover_ok;
    }
    const files::SaveOutcome saved = files::atomic_save(out, text);
    if (!saved.ok) {
        error = saved.error;
        return recover_failed;
    }
    return recover_ok;
}

int recover(const state::StateEnvironment& environment, const std::string& file,
            const std::string& out, std::ostream& messages, std::string_view program) {
    const state::StateDir dir = state::StateDir::open(environment);
    const std::string journal_path = dir.journal_path(file);
    const files::LoadedFile original = files::load_file(file);
    const auto found = find_leftover_journal(journal_path, file, original.bytes, original.exists);
    if (!found) {
        messages << program << ": no recovery journal for '" << file << "' (looked for '"
                 << journal_path << "')\n";
        return recover_nothing;
    }
    switch (found->verdict) {
    case Verdict::NothingToRecover:
        messages << program << ": the journal of '" << file
                 << "' holds nothing unsaved: the file is up to date\n";
        return recover_nothing;
    case Verdict::Unreadable:
        messages << program << ": the journal '" << journal_path
                 << "' is unreadable: " << found->reason << "; nothing written\n";
        return recover_failed;
    case Verdict::FileChanged:
        messages << program << ": the journal of '" << file
                 << "' cannot be applied: " << found->reason << "; nothing written\n";
        return recover_failed;
    case Verdict::Applies:
        break;
    }
    const journal::Recovery recovered = journal::replay(original.bytes, found->contents);
    std::string error;
    if (write_out(out, recovered.text, error) != recover_ok) {
        messages << program << ": " << error << "\n";
        return recover_failed;
    }
    messages << program << ": recovered " << found->edits
             << (found->edits == 1 ? " edit" : " edits") << " of '" << file << "' ("
             << recovered.text.size() << " bytes) into '" << out << "'";
    if (recovered.problem) {
        messages << "; the journal is damaged, recovered what precedes: " << *recovered.problem
                 << "\n";
        return recover_partial;
    }
    messages << "\n";
    return recover_ok;
}

} // namespace

int run_recover_command(const state::StateEnvironment& environment, const std::string& file,
                        const std::string& out, std::string_view program, std::ostream& messages) {
    try {
        return recover(environment, file, out, messages, program);
    } catch (const std::exception& e) {
        messages << program << ": " << e.what() << "; nothing written\n";
        return recover_failed;
    }
}

} // namespace trio::recovery
