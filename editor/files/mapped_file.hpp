// Read-only memory mappings of files being edited, so that opening a 1 GiB file costs no
// copy and no read: the pages come from the page cache when first shown. Runs in the input
// component (the mapping is then shared with autosave: by pointer in trio, by fork in trio-proc).
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>

namespace trio::files {

// A private, read-only mapping of `size` bytes of the regular file open on `fd` (the fd may
// be closed afterwards). The bytes stay valid while any copy of the returned pointer lives;
// the last one unmaps them. Returns nullptr if the kernel refuses the mapping (the caller then
// reads the file instead).
//
// The caveat of every mapping: if another program truncates the file while it is mapped,
// touching the lost pages raises SIGBUS (trio's crash guard then restores the terminal).
// Saving never does this: a file with one link is replaced by rename (the mapping keeps the
// old inode), and a file with several links is never mapped (it is saved in place).
struct Mapping {
    std::shared_ptr<const void> owner;
    std::string_view bytes;
};
[[nodiscard]] Mapping map_file(int fd, std::size_t size);

} // namespace trio::files
