// Test helpers for the journal: random edit scripts applied to a plain std::string model,
// in-memory files (memfd) and a scratch directory. Used by the trio_unit_journal tests only.
#pragma once

#include "editor/document/edit_op.hpp"
#include "editor/files/fd_io.hpp"
#include "editor/journal/journal_format.hpp"
#include "ipc/unique_fd.hpp"
#include "tests/unit/files/scratch_dir.hpp"

#include <array>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>

namespace trio::journal::testing {

using document::ByteOffset;
using document::EditOp;
using document::SeqNo;

// Random inserts and erases, each also applied to `text`, numbered from `first_seq`. Inserted
// bytes mix ASCII, multi-byte UTF-8, NUL, newlines and invalid UTF-8.
inline std::vector<EditOp> random_edits(std::mt19937& rng, std::string& text, SeqNo first_seq,
                                        std::size_t count) {
    constexpr std::array<std::string_view, 8> pieces = {
        "a", "hello ", "\n", std::string_view("\0", 1), "中文", "é", "\xff\xfe", "\r\n"};
    std::vector<EditOp> ops;
    SeqNo seq = first_seq;
    for (std::size_t i = 0; i < count; ++i, ++seq) {
        EditOp op;
        op.seq = seq;
        const bool erase = !text.empty() && rng() % 3 == 0;
        if (erase) {
            const std::size_t at = rng() % text.size();
            const std::size_t length = std::min<std::size_t>(rng() % 8, text.size() - at);
            op.kind = EditOp::Kind::Erase;
            op.offset = ByteOffset(at);
            op.text = text.substr(at, length);
            text.erase(at, length);
        } else {
            const std::size_t at = rng() % (text.size() + 1);
            const std::size_t n = 1 + rng() % 3;
            for (std::size_t k = 0; k < n; ++k) {
                op.text += pieces[rng() % pieces.size()];
            }
            op.kind = EditOp::Kind::Insert;
            op.offset = ByteOffset(at);
            text.insert(at, op.text);
        }
        ops.push_back(std::move(op));
    }
    return ops;
}

inline JournalHeader sample_header(SeqNo base_seq = SeqNo(0)) {
    JournalHeader h;
    h.original = FileIdentity{1234, 1'700'000'000'123'456'789, 42, 2049, 0xfeedfacecafebeefULL};
    h.base_seq = base_seq;
    h.path = "dir/file with spaces 中.txt";
    h.created_ns = 1'700'000'001'000'000'000;
    h.writer_pid = 31337;
    return h;
}

inline std::string as_string(const std::vector<std::byte>& bytes) {
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

// An anonymous in-memory file; throws if the kernel refuses one.
inline ipc::UniqueFd memory_file() {
    ipc::UniqueFd fd(::memfd_create("trio-journal-test", MFD_CLOEXEC));
    if (!fd.valid()) {
        throw std::runtime_error("memfd_create failed");
    }
    return fd;
}

// The whole contents of a file, read from offset 0 through a duplicate descriptor (so the
// writer's offset is left alone).
inline std::string contents_of(int fd) {
    const ipc::UniqueFd dup(::open(("/proc/self/fd/" + std::to_string(fd)).c_str(), O_RDONLY));
    std::string out;
    if (!dup.valid() || files::read_to_end(dup.get(), out, 0) != 0) {
        throw std::runtime_error("cannot read back the journal");
    }
    return out;
}

// The scratch directory of the files tests: mkdtemp, removed with everything in it.
using files::testing::ScratchDir;

} // namespace trio::journal::testing
