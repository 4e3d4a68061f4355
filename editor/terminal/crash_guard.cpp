// Crash-time terminal restore, async-signal-safe only. Runs in the launcher's process.
#include "editor/terminal/crash_guard.hpp"

#include "editor/terminal/emergency_restore_terminal.hpp"

#include <csignal>
#include <cstring>
#include <initializer_list>
#include <unistd.h>

namespace trio::terminal {

namespace {

// Signal handlers cannot be handed state, so these are the project's only globals.
int g_fd = -1;
termios g_saved{};

void restore_and_reraise(int sig) {
    tcsetattr(g_fd, TCSANOW, &g_saved);
    emergency_restore_terminal(g_fd);
    signal(sig, SIG_DFL);
    raise(sig);
}

} // namespace

void install_crash_guard(int fd, const termios& saved) {
    g_fd = fd;
    g_saved = saved;
    struct sigaction action {};
    action.sa_handler = restore_and_reraise;
    sigemptyset(&action.sa_mask);
    action.sa_flags = static_cast<int>(SA_RESETHAND);
    for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) {
        sigaction(sig, &action, nullptr);
    }
}

} // namespace trio::terminal
