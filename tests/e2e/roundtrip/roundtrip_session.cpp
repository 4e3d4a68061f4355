// Starts one editor on a corpus file under a pty and waits for what a round trip needs.
// Runs in the test process.
#include "tests/e2e/roundtrip/roundtrip_session.hpp"

#include "editor/keys/key.hpp"
#include "tests/e2e/harness/editor_home.hpp"
#include "tests/e2e/harness/expect_screen.hpp"
#include "tests/e2e/harness/leftovers.hpp"
#include "tests/e2e/roundtrip/corpus.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>

namespace trio::e2e {
namespace fs = std::filesystem;
namespace {

constexpr const char* file_name = "file.txt";

// file.txt and a private HOME, as the case runner prepares them.
SessionOptions prepare(const TempDir& dir, const Executable& editor, std::string_view bytes) {
    if (editor.path.empty()) {
        throw std::invalid_argument(editor.name + " is not built by this CMake tree");
    }
    const auto home = make_editor_home(dir.path());
    std::ofstream out(dir.path() / file_name, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) {
        throw std::runtime_error("cannot write " + (dir.path() / file_name).string());
    }
    return {{editor.path, file_name},
            dir.path(),
            editor_environment(home),
            roundtrip_size,
            std::nullopt};
}

} // namespace

RoundTripSession::RoundTripSession(const Executable& editor, std::string_view file_bytes)
    : m_pty(prepare(m_dir, editor, file_bytes)),
      m_screen(roundtrip_size, [this](std::string_view reply) { m_pty.write(reply); }),
      m_to_screen([this](std::string_view bytes) { m_screen.feed(bytes); }) {}

RoundTripSession::~RoundTripSession() {
    for (const auto& name : names_with_prefix("/dev/shm", shm_prefix_of(m_pty.pid()))) {
        std::error_code ignored;
        fs::remove(fs::path("/dev/shm") / name, ignored);
    }
}

bool RoundTripSession::wait_until(const std::function<bool()>& done) {
    return pump_until(m_pty, m_screen, done, expect_deadline());
}

bool RoundTripSession::wait_until_ready() {
    return wait_until([this] {
        return m_pty.input_is_raw() && m_screen.alternate_screen() &&
               m_screen.rows()[roundtrip_status_row].starts_with(std::string(" ") + file_name +
                                                                 " ");
    });
}

bool RoundTripSession::wait_for_message(std::string_view text) {
    return wait_until([this, text] {
        return m_screen.rows()[roundtrip_message_row].find(text) != std::string::npos;
    });
}

void RoundTripSession::type(std::string_view notation) {
    std::string bytes;
    for (const auto& key : keys::parse_keys(notation)) {
        bytes += keys::encode_key(key);
    }
    m_pty.write(bytes);
}

std::optional<ExitStatus> RoundTripSession::wait_exit() {
    const auto status = m_pty.wait_exit(expect_deadline(), m_to_screen);
    if (status) {
        (void)m_pty.drain(expect_deadline(), m_to_screen);
    }
    return status;
}

std::vector<std::string> RoundTripSession::leftovers() const {
    std::vector<std::string> found;
    for (const auto& process : processes_in_session(m_pty.pid())) {
        found.push_back("process " + process.to_string());
    }
    for (const auto& name : names_with_prefix("/dev/shm", shm_prefix_of(m_pty.pid()))) {
        found.push_back("/dev/shm/" + name);
    }
    return found;
}

std::string RoundTripSession::describe() const {
    std::ostringstream text;
    text << "screen:\n"
         << screen_file_text(m_screen) << "alternate screen: " << m_screen.alternate_screen()
         << ", pty input raw: " << m_pty.input_is_raw() << "\n";
    return text.str();
}

fs::path RoundTripSession::file_path() const {
    return m_dir.path() / file_name;
}

std::optional<std::string> RoundTripSession::file_on_disk() const {
    std::ifstream in(m_dir.path() / file_name, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

} // namespace trio::e2e
