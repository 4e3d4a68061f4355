// The Editor's view options in the input component; see editor_view_options.hpp.
#include "editor/components/editor_view_options.hpp"

#include "editor/syntax/language.hpp"

#include <algorithm>

namespace trio::components {

namespace {

// The first line is read no further than this to recognise a "#!" line.
constexpr std::uint64_t first_line_bytes = 256;

} // namespace

protocol::Language LanguageCache::language_of(const commands::Editor& editor) {
    const std::string& path = editor.config().path;
    if (!m_path || *m_path != path) {
        const document::Document& doc = editor.document();
        const document::ByteOffset end(
            std::min(doc.line_end(document::LineIndex(0)).value, first_line_bytes));
        m_language = syntax::detect_language(path, doc.text({document::ByteOffset(0), end}));
        m_path = path;
    }
    return m_language;
}

void add_editor_view_options(view::ViewSource& source, const commands::Editor& editor,
                             LanguageCache& languages) {
    source.selection = editor.selection();
    source.line_numbers = editor.line_numbers();
    source.soft_wrap = editor.soft_wrap();
    source.language = languages.language_of(editor);
    source.syntax_colours = editor.config().syntax_colours;
}

} // namespace trio::components
