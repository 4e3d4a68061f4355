// Lock, leftover journal and journal settings for a new session. Runs in the launcher.
#include "editor/app/session_setup.hpp"

#include "editor/recovery/leftover_journal.hpp"
#include "editor/state/state_dir.hpp"
#include "editor/state/state_error.hpp"

#include <cstdlib>
#include <ctime>
#include <unistd.h>
#include <variant>

namespace trio::app {

namespace {

std::int64_t realtime_ns() {
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

std::string lock_question(const state::LockRecord& holder) {
    std::string text =
        "Already open in " + holder.program + " (pid " + std::to_string(holder.holder.pid);
    if (holder.host != state::host_name()) {
        text += " on " + holder.host;
    }
    text += ")";
    // "2026-11-27T08:30:00Z" → "since 08:30 UTC"
    if (holder.since.size() >= 16) {
        text += " since " + holder.since.substr(11, 5) + " UTC";
    }
    return text + ". Open read-only?";
}

void offer_leftover(SessionSetup& setup, const SessionFile& options,
                    const files::LoadedFile& file) {
    auto leftover = recovery::find_leftover_journal(setup.journal.journal_path, options.path,
                                                    file.bytes, file.exists);
    if (!leftover) {
        return;
    }
    commands::StartupQuestion& question = setup.question;
    question.text = recovery::recovery_question(*leftover, realtime_ns());
    switch (leftover->verdict) {
    case recovery::Verdict::NothingToRecover:
        // A crash between a save and the journal's removal: the file holds it all.
        ::unlink(leftover->path.c_str());
        question = {};
        return;
    case recovery::Verdict::Applies:
        question.prompt = protocol::Prompt::Recovery;
        leftover->contents.records.resize(leftover->records);
        question.records = std::move(leftover->contents.records);
        question.edits = leftover->edits;
        question.damaged = leftover->damage.has_value();
        return;
    case recovery::Verdict::FileChanged:
    case recovery::Verdict::Unreadable:
        question.prompt = protocol::Prompt::RecoveryImpossible;
        return;
    }
}

} // namespace

SessionSetup prepare_session(const SessionFile& options, std::string_view program,
                             const files::LoadedFile& file) {
    SessionSetup setup;
    setup.journal.file_path = options.path;
    if (const char* stats = std::getenv("TRIO_JOURNAL_STATS")) {
        setup.journal.stats_path = stats;
    }
    if (options.read_only || options.path.empty()) {
        // A viewer neither blocks other editors nor journals anything; an unnamed buffer has
        // no name to lock or journal under.
        return setup;
    }
    try {
        const state::StateDir dir = state::StateDir::open(state::StateEnvironment::from_process());
        state::LockAttempt first = state::acquire_lock(dir, options.path, program);
        // (A variant holding a FileLock cannot be assigned: take over into a new one.)
        state::LockAttempt attempt =
            std::holds_alternative<state::Stale>(first)
                ? state::take_over_stale(dir, std::get<state::Stale>(first), program)
                : std::move(first);
        if (const auto* held = std::get_if<state::HeldBy>(&attempt)) {
            setup.question.prompt = protocol::Prompt::LockHeld;
            setup.question.text = lock_question(held->record);
            return setup; // its journal is the other editor's: not ours to touch
        }
        setup.lock.emplace(std::move(std::get<state::FileLock>(attempt)));
        if (options.no_journal) {
            return setup;
        }
        setup.journal.journal_path = dir.journal_path(options.path);
        if (file.exists) {
            (void)journal::identify(options.path, setup.journal.original);
        }
        try {
            offer_leftover(setup, options, file);
        } catch (const state::StateError& e) {
            // Something planted at the journal's path: never read, never written through.
            // Autosave refuses it too, and the status line says the journal failed.
            setup.warning = std::string("Journal: ") + e.what();
            setup.question = {};
        }
    } catch (const state::StateError& e) {
        setup.warning = std::string("No recovery journal: ") + e.what();
        setup.journal.journal_path.clear();
        setup.question = {};
    }
    return setup;
}

} // namespace trio::app
