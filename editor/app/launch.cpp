// The launcher: everything that happens before the components start and after they end.
// Runs in the main thread (trio) or the input process of trio-proc, which also supervises.
#include "editor/app/launch.hpp"

#include "editor/app/cli.hpp"
#include "editor/app/opening.hpp"
#include "editor/app/process_peers.hpp"
#include "editor/app/session_setup.hpp"
#include "editor/autosave/file_stamp.hpp"
#include "editor/autosave/replica.hpp"
#include "editor/commands/editor.hpp"
#include "editor/components/autosave_component.hpp"
#include "editor/components/input_component.hpp"
#include "editor/components/render_component.hpp"
#include "editor/files/file_reader.hpp"
#include "editor/recovery/recover_command.hpp"
#include "editor/render/ncurses_screen.hpp"
#include "editor/terminal/crash_guard.hpp"
#include "editor/terminal/raw_mode.hpp"
#include "editor/terminal/signal_fd.hpp"
#include "ipc/hosted_runtime.hpp"
#include "ipc/shm_names.hpp"
#include "ipc/thread_runtime.hpp"

#include <clocale>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <iostream>
#include <langinfo.h>
#include <string>
#include <unistd.h>

namespace trio::app {

namespace {

// ncursesw draws wide characters only in a UTF-8 locale; trio's text is always UTF-8.
void use_utf8_locale() {
    std::setlocale(LC_ALL, "");
    if (std::strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
        std::setlocale(LC_CTYPE, "C.UTF-8");
    }
}

// A pipe that collects the components' fatal-error lines; printed after the terminal is
// restored, since anything written while the editor's screen is up would vanish with it.
struct ErrorPipe {
    int read_fd = -1;
    int write_fd = -1;
    ErrorPipe() {
        int fds[2];
        if (pipe2(fds, O_CLOEXEC | O_NONBLOCK) == 0) {
            read_fd = fds[0];
            write_fd = fds[1];
        }
    }
    ~ErrorPipe() {
        close(read_fd);
        close(write_fd);
    }
    ErrorPipe(const ErrorPipe&) = delete;
    ErrorPipe& operator=(const ErrorPipe&) = delete;
    std::string drain() const {
        std::string text;
        char buffer[4096];
        ssize_t n = 0;
        while ((n = read(read_fd, buffer, sizeof buffer)) > 0) {
            text.append(buffer, static_cast<std::size_t>(n));
        }
        return text;
    }
};

std::string describe(const ipc::ExitReport& report, std::string_view program) {
    std::string text(program);
    text.append(": ").append(report.name).append(" (pid ").append(std::to_string(report.pid));
    if (report.term_signal != 0) {
        text.append(") was killed by signal ").append(std::to_string(report.term_signal));
        text.append(" (").append(strsignal(report.term_signal)).append(")");
    } else {
        text.append(") exited with status ").append(std::to_string(report.exit_status));
    }
    if (report.restarted) {
        text.append("; restarted");
    }
    return text;
}

components::Wiring make_wiring(const Build& build) {
    return wire_components(build.make_render_wiring(), build.make_autosave_wiring());
}

std::unique_ptr<render::Screen> open_ncurses_screen(const components::ComponentContext& c) {
    return std::make_unique<render::NcursesScreen>(c.tty_out, c.tty_in);
}

// The editing session's configuration from what the launcher decided.
commands::EditorConfig editor_config(const Opening& opening, SessionSetup& session) {
    commands::EditorConfig config;
    config.path = opening.path;
    config.tab_width = opening.settings.tab_width;
    config.spaces_for_tabs = opening.settings.spaces_for_tabs;
    config.line_numbers = opening.settings.line_numbers;
    config.soft_wrap = opening.settings.soft_wrap;
    config.syntax_colours = opening.settings.colours;
    config.start_line = opening.start.line;
    config.start_column = opening.start.column;
    config.file_existed = opening.file.exists;
    // The bytes stay valid: the Document shares their storage.
    config.looks_binary = files::looks_binary(opening.file.bytes);
    config.read_only = opening.read_only;
    config.journal = !session.journal.journal_path.empty();
    config.question = std::move(session.question);
    std::vector<std::string> notes = opening.notes;
    if (!session.warning.empty()) {
        notes.push_back(session.warning);
    }
    config.startup_warning = joined_notes(notes);
    return config;
}

int run_editor(const Options& options, const Build& build) {
    Opening opening = plan_opening(options, settings::ConfigEnvironment::from_process());
    files::LoadedFile& file = opening.file;
    if (file.mapped) {
        terminal::guard_mapped_file(file.bytes.data(), file.bytes.size());
    }
    // One copy of the bytes for all components: the mapping (or what was read) is shared by
    // the input document and the autosave replica (by pointer in trio, by fork in trio-proc).
    document::Document original(
        document::OriginalBytes::from_view(file.bytes, std::move(file.storage)));

    if (isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0) {
        std::cerr << build.program << ": standard input and output must be a terminal\n";
        return 1;
    }
    std::signal(SIGPIPE, SIG_IGN);
    // A file size limit (ulimit -f) must fail a write with EFBIG, reported like a full disk,
    // not kill the editor with everything unsaved.
    std::signal(SIGXFSZ, SIG_IGN);
    // Delivered through signalfd in the component that handles them, never asynchronously.
    terminal::block_signals({SIGWINCH, SIGTERM, SIGHUP, SIGINT});

    SessionSetup session = prepare_session(
        SessionFile{opening.path, opening.read_only, options.no_journal}, build.program, file);
    // Queue names live in /dev/shm only for the instant between creation and unlinking; an
    // editor killed in that instant leaves one behind. Remove those of dead editors (owner
    // and liveness checked: never one a running editor uses).
    (void)ipc::remove_stale_shm_objects();

    ErrorPipe errors;
    std::vector<ipc::ExitReport> reports;
    {
        terminal::RawMode raw(STDIN_FILENO);
        terminal::install_crash_guard(STDOUT_FILENO, raw.saved());
        const components::ComponentContext context{
            STDIN_FILENO,
            STDOUT_FILENO,
            errors.write_fd,
            build.design,
            opening.settings.tab_width,
            &raw.saved(),
            components::parse_fault_plan(std::getenv("TRIO_FAULT"))};

        components::Wiring wiring = make_wiring(build);
        commands::EditorConfig config = editor_config(opening, session);
        // What a save expects on disk: another program's write since is noticed before it.
        config.disk_stamp =
            opening.file.exists ? autosave::stamp_of(opening.path) : protocol::FileStamp{};
        session::OpenSettings later_settings{config, std::string(build.program), options.read_only,
                                             options.no_journal};
        later_settings.defaults.question = {}; // buffer 0's: not copied along
        commands::Editor editor(original, std::move(config));

        // trio: three threads; a component that fails ends the session. trio-proc: input runs
        // here and supervises render and autosave, restarting them when they die.
        std::unique_ptr<ipc::Runtime> runtime;
        std::unique_ptr<ProcessPeers> peers;
        if (build.design == protocol::Design::Processes) {
            auto hosted = std::make_unique<ipc::HostedRuntime>();
            peers = std::make_unique<ProcessPeers>(*hosted, build, context, session.journal,
                                                   open_ncurses_screen);
            runtime = std::move(hosted);
        } else {
            runtime = std::make_unique<ipc::ThreadRuntime>();
        }
        std::vector<std::unique_ptr<ipc::Component>> parts;
        // Buffer 0 is `editor`; the FILEs after it open as more buffers (input loads them, and
        // autosave too when it hears of them).
        session::Session buffers(std::move(editor), session.journal.journal_path,
                                 std::move(later_settings));
        std::vector<session::FileToOpen> later;
        for (const LaterFile& next : opening.later) {
            later.push_back({next.path, next.start.line, next.start.column});
        }
        buffers.open_later(later);
        parts.push_back(std::make_unique<components::InputComponent>(
            std::move(buffers), std::move(wiring.input), context, peers.get()));
        parts.push_back(std::make_unique<components::RenderComponent>(
            std::move(wiring.render), context, open_ncurses_screen));
        parts.push_back(std::make_unique<components::AutosaveComponent>(
            autosave::Replica(std::move(original)), session.journal, std::move(wiring.autosave),
            context));
        runtime->start(std::move(parts));
        reports = runtime->join_all();
    }
    // The terminal is restored (RawMode's destructor): now errors can be seen.
    int status = 0;
    std::cerr << errors.drain();
    for (const std::string& problem : opening.config_problems) {
        std::cerr << build.program << ": " << problem << "\n"; // the message row showed one row
    }
    for (const ipc::ExitReport& report : reports) {
        if (!report.clean()) {
            std::cerr << describe(report, build.program) << "\n";
            // A component that died and was replaced cost nothing: the session went on.
            status = report.restarted ? status : 1;
        }
    }
    return status;
}

} // namespace

components::Wiring wire_components(components::RenderWiring render,
                                   components::AutosaveWiring autosave) {
    return {{std::move(render.to_render), std::move(autosave.to_autosave),
             std::move(render.from_render), std::move(autosave.from_autosave)},
            std::move(render.render),
            std::move(autosave.autosave)};
}

int launch(int argc, char** argv, const Build& build) {
    use_utf8_locale();
    const CliResult cli = parse_command_line(std::vector<std::string>(argv + 1, argv + argc));
    switch (cli.action) {
    case CliAction::ShowHelp:
        std::cout << help_text(build.program, build.design);
        return 0;
    case CliAction::ShowVersion:
        std::cout << version_text(build.program, build.design);
        return 0;
    case CliAction::UsageError:
        std::cerr << build.program << ": " << cli.error << "\nTry '" << build.program
                  << " --help' for more information.\n";
        return 2;
    case CliAction::Recover:
        return recovery::run_recover_command(state::StateEnvironment::from_process(),
                                             cli.options.paths.front(), cli.options.recover_to,
                                             build.program, std::cerr);
    case CliAction::Run:
        break;
    }
    try {
        return run_editor(cli.options, build);
    } catch (const std::exception& e) {
        std::cerr << build.program << ": " << e.what() << "\n";
        return 1;
    }
}

} // namespace trio::app
