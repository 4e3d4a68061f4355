// Names of trio's shared-memory objects: unguessable at creation, findable afterwards by the
// pid of their creator, and swept when that creator is dead. Used by the process that creates
// the interprocess channels (the `trio-proc` parent), by both executables' launchers at start-up
// (the sweep) and by tests.
//
// A name is "trio.<creator pid>.<128 random bits in hex>", so it cannot be pre-created by
// another user (the queue is created create_only and fails on a squatted name) and two
// editors never collide. Names are removed right after creation: one is left behind only if
// its creator died between creating and unlinking it, and the sweep below removes those.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace trio::ipc {

// Where glibc's shm_open() (and so Boost.Interprocess) keeps its objects on Linux.
inline constexpr std::string_view shm_directory = "/dev/shm";

// A fresh name for an object created by this process. Reads the kernel's random source
// (getrandom); throws std::system_error if it fails.
[[nodiscard]] std::string make_shm_name();

// "trio.<creator>." : every name made by that process starts with it.
[[nodiscard]] std::string shm_name_prefix(pid_t creator);

// The creator's pid if `name` is exactly what make_shm_name() makes: "trio.", a pid in decimal
// (positive, no sign, no leading zero), ".", then 32 lowercase hex digits. nullopt otherwise.
[[nodiscard]] std::optional<pid_t> shm_name_creator(std::string_view name);

// Entries of /dev/shm whose name was made by process `creator`, sorted. Empty if none (or if
// /dev/shm does not exist). Never throws for a missing directory.
[[nodiscard]] std::vector<std::string> shm_objects_of(pid_t creator);

// Removes the leftovers of dead editors from `directory` (tests pass a scratch directory) and
// returns their names, sorted. An entry is removed only if all of these hold:
//  - its name passes shm_name_creator();
//  - it is a regular file (not followed if it is a symlink) owned by this process's
//    effective uid, so another user's objects are never touched, even by root;
//  - its creator is not this process, and is gone: no such pid, or the pid now runs a
//    program whose name (/proc/<pid>/comm) does not start with "trio" (the pid was reused).
// Anything uncertain keeps the object: a live creator named "trio*" (e.g. an editor between
// creating a queue and unlinking its name), a comm that cannot be read, a zombie creator.
// Never throws for file-system reasons: a missing directory, EACCES, or an entry that vanished
// meanwhile (another editor sweeping at the same time) is skipped. Blocks only on local
// file-system calls. Call it at start-up, before creating any queue.
[[nodiscard]] std::vector<std::string>
remove_stale_shm_objects(const std::string& directory = std::string(shm_directory));

} // namespace trio::ipc
