// A stand-in editor for the e2e harness self-tests: raw mode, alternate screen, a status bar,
// typing, <c-s> save, <c-q> quit, and flags that misbehave on purpose so the runner's checks
// can be seen to fail. Not part of trio.
#include <cerrno>
#include <clocale>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwchar>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <vector>

namespace {

struct Options {
    std::string file;
    bool leak_child = false;  // --leak: leave a sleeping child in the session
    bool leave_shm = false;   // --shm: leave /dev/shm/trio.<pid>.fake behind
    bool no_restore = false;  // --no-restore: quit without leaving the alternate screen
    bool ignore_quit = false; // --ignore-quit: <c-q> does nothing
    int status = 0;           // --status N: exit status on quit
};

void put(const std::string& bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const auto n = write(STDOUT_FILENO, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno != EINTR) {
            return;
        }
        done += n > 0 ? static_cast<std::size_t>(n) : 0;
    }
}

int display_width(const std::string& text) {
    int width = 0;
    std::mbstate_t state{};
    const char* p = text.c_str();
    const char* end = p + text.size();
    while (p < end) {
        wchar_t wc = 0;
        const auto used = std::mbrtowc(&wc, p, static_cast<std::size_t>(end - p), &state);
        if (used == 0 || used > static_cast<std::size_t>(end - p)) {
            break; // incomplete or invalid: a stand-in need not care
        }
        width += std::max(0, wcwidth(wc));
        p += used;
    }
    return width;
}

void draw(const std::vector<std::string>& lines, const std::string& message, int rows, int cols) {
    std::string frame = "\x1b[H\x1b[2J";
    for (std::size_t i = 0; i < lines.size() && static_cast<int>(i) < rows - 2; ++i) {
        frame += "\x1b[" + std::to_string(i + 1) + ";1H" + lines[i];
    }
    std::string status = "fake      " + std::to_string(lines.size()) + " lines";
    status.resize(static_cast<std::size_t>(cols), ' ');
    frame += "\x1b[" + std::to_string(rows - 1) + ";1H\x1b[7m" + status + "\x1b[0m";
    frame += "\x1b[" + std::to_string(rows) + ";1H" + message;
    frame += "\x1b[" + std::to_string(lines.size()) + ";" +
             std::to_string(display_width(lines.back()) + 1) + "H";
    put(frame);
}

Options parse(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--leak") {
            options.leak_child = true;
        } else if (arg == "--shm") {
            options.leave_shm = true;
        } else if (arg == "--no-restore") {
            options.no_restore = true;
        } else if (arg == "--ignore-quit") {
            options.ignore_quit = true;
        } else if (arg == "--status" && i + 1 < argc) {
            options.status = std::atoi(argv[++i]);
        } else {
            options.file = arg;
        }
    }
    return options;
}

} // namespace

int main(int argc, char** argv) {
    std::setlocale(LC_ALL, "");
    const auto options = parse(argc, argv);
    std::vector<std::string> lines{""};
    if (std::ifstream in(options.file, std::ios::binary); in) {
        lines.clear();
        for (std::string line; std::getline(in, line);) {
            lines.push_back(line);
        }
        if (lines.empty()) {
            lines.emplace_back();
        }
    }
    if (options.leak_child) {
        // Survive the hangup the kernel sends the foreground group when the leader exits.
        signal(SIGHUP, SIG_IGN);
        if (fork() == 0) {
            pause();
            _exit(0);
        }
        signal(SIGHUP, SIG_DFL);
    }
    if (options.leave_shm) {
        const auto name = "/dev/shm/trio." + std::to_string(getpid()) + ".fake";
        close(open(name.c_str(), O_CREAT | O_WRONLY | O_CLOEXEC, 0600));
    }
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios raw = saved;
    cfmakeraw(&raw);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw);
    put("\x1b[?1049h");
    winsize size{};
    ioctl(STDOUT_FILENO, TIOCGWINSZ, &size);
    const int rows = size.ws_row;
    const int cols = size.ws_col;

    std::string message;
    draw(lines, message, rows, cols);
    for (char c = 0; read(STDIN_FILENO, &c, 1) == 1;) {
        if (c == 0x11 && !options.ignore_quit) { // <c-q>
            break;
        }
        if (c == 0x13) { // <c-s>
            std::ofstream out(options.file, std::ios::binary | std::ios::trunc);
            for (const auto& line : lines) {
                out << line << '\n';
            }
            message = out.flush() ? "saved" : std::string("cannot save: ") + std::strerror(errno);
        } else if (c == '\r') {
            lines.emplace_back();
        } else if (c == 0x7F) {
            if (!lines.back().empty()) {
                lines.back().pop_back();
            }
        } else {
            lines.back().push_back(c);
        }
        draw(lines, message, rows, cols);
    }
    if (!options.no_restore) {
        put("\x1b[?1049l");
    }
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    return options.status;
}
