// Crash-time terminal restore and the SIGBUS guard of the mapped file; async-signal-safe only.
// Runs in the launcher's process (and, inherited, in trio-proc's children).
#include "editor/terminal/crash_guard.hpp"

#include "editor/terminal/emergency_restore_terminal.hpp"

#include <csignal>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <sys/mman.h>
#include <unistd.h>

namespace trio::terminal {

namespace {

// Signal handlers cannot be handed state, so these are the project's only globals.
int g_fd = -1;
termios g_saved{};
std::uintptr_t g_mapped_begin = 0;
std::uintptr_t g_mapped_end = 0;
volatile sig_atomic_t g_lost_pages = 0;

void restore_and_reraise(int sig) {
    if (g_fd >= 0) {
        tcsetattr(g_fd, TCSANOW, &g_saved);
        emergency_restore_terminal(g_fd);
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

// A page of the mapped file that no longer exists: put zeros there and retry the read.
bool replace_lost_page(const void* address) {
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    if (at < g_mapped_begin || at >= g_mapped_end) {
        return false;
    }
    const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    void* start = reinterpret_cast<void*>(at & ~(page - 1));
    if (mmap(start, page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) ==
        MAP_FAILED) {
        return false;
    }
    g_lost_pages = 1;
    return true;
}

void on_bus_error(int sig, siginfo_t* info, void* /*context*/) {
    if (info != nullptr && replace_lost_page(info->si_addr)) {
        return;
    }
    restore_and_reraise(sig);
}

void install_bus_error_handler() {
    struct sigaction action {};
    action.sa_sigaction = on_bus_error;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO; // not SA_RESETHAND: every lost page comes here
    sigaction(SIGBUS, &action, nullptr);
}

} // namespace

void install_crash_guard(int fd, const termios& saved) {
    g_fd = fd;
    g_saved = saved;
    struct sigaction action {};
    action.sa_handler = restore_and_reraise;
    sigemptyset(&action.sa_mask);
    action.sa_flags = static_cast<int>(SA_RESETHAND);
    for (int sig : {SIGSEGV, SIGFPE, SIGILL, SIGABRT}) {
        sigaction(sig, &action, nullptr);
    }
    install_bus_error_handler();
}

void guard_mapped_file(const void* base, std::size_t size) {
    g_mapped_begin = reinterpret_cast<std::uintptr_t>(base);
    g_mapped_end = g_mapped_begin + size;
    install_bus_error_handler();
}

bool mapped_file_lost_pages() {
    return g_lost_pages != 0;
}

} // namespace trio::terminal
