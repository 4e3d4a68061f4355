// The stable name under which an edited file's journal and lock are kept in the state
// directory. Used by the autosave component and by recovery.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace trio::state {

// "<basename>.<16 hex digits>": the hex is a 64-bit FNV-1a hash of the file's absolute,
// symlink-resolved path (for a file that does not exist yet: the resolved parent plus the
// name), so two names for one file share a journal and two files with one basename do not.
// The basename keeps [A-Za-z0-9._-], other bytes become '_', a leading '.' becomes '_' and it
// is cut to 64 bytes: the name is for people listing the directory, the hash is the identity.
// A relative `file` is taken relative to the current directory. Throws StateError if the
// path cannot be resolved (e.g. the current directory is gone). Stable across runs and builds.
[[nodiscard]] std::string state_name(const std::string& file);

// The hash used above, exposed for tests. FNV-1a, 64-bit: tiny, and fixed by its definition,
// unlike std::hash.
[[nodiscard]] std::uint64_t path_hash(std::string_view path);

} // namespace trio::state
