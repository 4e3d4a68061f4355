// Dispatches a row to its language's rules. Render component.
#include "editor/syntax/highlight.hpp"

#include "editor/syntax/scanner.hpp"

namespace trio::syntax {

State highlight(protocol::Language language, std::string_view text, State state, RowStart start,
                std::vector<Span>& spans) {
    Scanner scan(text, spans);
    switch (language) {
    case protocol::Language::C:
        return highlight_c(scan, state, start);
    case protocol::Language::Python:
        return highlight_python(scan, state, start);
    case protocol::Language::Markdown:
        return highlight_markdown(scan, state, start);
    case protocol::Language::Shell:
        return highlight_shell(scan, state, start);
    case protocol::Language::None:
        break;
    }
    return State::Normal;
}

} // namespace trio::syntax
