// Reading and judging a leftover journal. Runs in the launcher (and `trio --recover`).
#include "editor/recovery/leftover_journal.hpp"

#include "editor/files/fd_io.hpp"
#include "editor/journal/journal_replay.hpp"
#include "editor/state/private_file.hpp"

#include <cerrno>
#include <cstdio>
#include <sys/stat.h>
#include <variant>

namespace trio::recovery {

namespace {

bool is_blank(const journal::FileIdentity& identity) {
    return identity == journal::FileIdentity{};
}

// Why the file on disk is not the one the journal's edits were made to; empty if it is.
std::string file_mismatch(const journal::JournalHeader& header, const std::string& file,
                          bool file_exists) {
    if (!file_exists) {
        return is_blank(header.original) ? std::string() : "the file has been deleted since";
    }
    if (is_blank(header.original)) {
        return "the file did not exist then and does now";
    }
    const journal::OriginalCheck check = journal::check_original(header, file);
    if (check.error != 0) {
        return "the file cannot be read: " + files::errno_text(check.error);
    }
    if (check.match == journal::IdentityMatch::Same) {
        return {};
    }
    return std::string(journal::describe(check.match));
}

} // namespace

std::optional<LeftoverJournal> find_leftover_journal(const std::string& journal_path,
                                                     const std::string& file,
                                                     std::string_view original, bool file_exists) {
    struct stat st {};
    if (::lstat(journal_path.c_str(), &st) != 0) {
        return std::nullopt; // (a journal we cannot even stat is as good as none)
    }
    ipc::UniqueFd fd = state::open_private_file_for_reading(journal_path);
    LeftoverJournal out;
    out.path = journal_path;
    out.bytes = static_cast<std::uint64_t>(st.st_size);
    out.written_ns =
        static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    std::string bytes;
    if (const int error = files::read_to_end(fd.get(), bytes, static_cast<std::size_t>(st.st_size));
        error != 0) {
        out.reason = "cannot read the journal: " + files::errno_text(error);
        return out;
    }
    out.contents = journal::read_journal(bytes);
    if (!out.contents.header) {
        out.reason = out.contents.problem ? out.contents.problem->message : "no header";
        return out;
    }
    if (out.contents.ends_saved() || out.contents.records.empty()) {
        out.verdict = Verdict::NothingToRecover;
        return out;
    }
    // A journal that starts with a snapshot holds the whole text: any original will do.
    const bool self_contained =
        std::holds_alternative<journal::SnapshotRecord>(out.contents.records.front());
    if (!self_contained) {
        out.reason = file_mismatch(*out.contents.header, file, file_exists);
        if (!out.reason.empty()) {
            out.verdict = Verdict::FileChanged;
            return out;
        }
    }
    const journal::Recovery check =
        journal::replay(original, out.contents, journal::ReplayText::Skip);
    out.records = check.records_applied;
    for (std::size_t i = 0; i < out.records; ++i) {
        if (std::holds_alternative<document::EditOp>(out.contents.records[i])) {
            ++out.edits;
        }
    }
    out.damage = check.problem;
    out.verdict = check.outcome == journal::Recovery::Outcome::NothingToRecover
                      ? Verdict::NothingToRecover
                      : Verdict::Applies;
    if (out.records == 0 && out.verdict == Verdict::Applies) {
        out.verdict = Verdict::FileChanged; // not even the first edit fits the file
        out.reason = check.problem.value_or("its first edit does not fit the file");
    }
    return out;
}

std::string describe_age(std::int64_t seconds) {
    seconds = std::max<std::int64_t>(seconds, 0);
    if (seconds < 120) {
        return std::to_string(seconds) + " s";
    }
    if (seconds < 2 * 3600) {
        return std::to_string(seconds / 60) + " min";
    }
    if (seconds < 2 * 86400) {
        return std::to_string(seconds / 3600) + " h";
    }
    return std::to_string(seconds / 86400) + " days";
}

std::string describe_size(std::uint64_t bytes) {
    if (bytes < 1024) {
        return std::to_string(bytes) + " B";
    }
    const char* units[] = {"KiB", "MiB", "GiB", "TiB"};
    double value = static_cast<double>(bytes) / 1024;
    std::size_t unit = 0;
    while (value >= 1024 && unit + 1 < std::size(units)) {
        value /= 1024;
        ++unit;
    }
    char number[32];
    std::snprintf(number, sizeof number, value < 10 ? "%.1f" : "%.0f", value);
    std::string text = number;
    if (text.ends_with(".0")) {
        text.resize(text.size() - 2); // "2 KiB", as the header promises, not "2.0 KiB"
    }
    return text + " " + units[unit];
}

std::string recovery_question(const LeftoverJournal& journal, std::int64_t now_ns) {
    // The file's name is on the status line already; the message row must fit 80 columns.
    const std::string age = describe_age((now_ns - journal.written_ns) / 1'000'000'000);
    switch (journal.verdict) {
    case Verdict::Applies:
        if (journal.damage) {
            return "Recover the readable part of a damaged journal from " + age + " ago (" +
                   describe_size(journal.bytes) + ")?";
        }
        return "Recover the unsaved edits from " + age + " ago (journal " +
               describe_size(journal.bytes) + ")?";
    case Verdict::FileChanged:
        return "Unsaved edits from " + age + " ago cannot be applied: " + journal.reason + ".";
    case Verdict::Unreadable:
        return "Unreadable journal: " + journal.reason + ".";
    case Verdict::NothingToRecover:
        break;
    }
    return {};
}

} // namespace trio::recovery
