// Where Ctrl-Left/Right and the word deletions stop: pure functions over a Document. Runs in
// the input component.
#pragma once

#include "editor/document/document.hpp"
#include "editor/document/units.hpp"

namespace trio::commands {

// A word is a run of ASCII letters, digits and '_' and of non-ASCII characters (every byte of
// a multi-byte UTF-8 sequence counts, so a word never ends inside a character). Spaces,
// punctuation and line breaks between words are skipped, as micro does.
[[nodiscard]] bool is_word_byte(char byte);

// The end of the word at or after `pos` (skipping the non-word bytes before it); the end of
// the document if no word follows. Looks at most a few KiB ahead: a longer run of non-word
// bytes (or a longer word) stops at that distance, so a key never scans a huge file.
[[nodiscard]] document::ByteOffset next_word_end(const document::Document& doc,
                                                 document::ByteOffset pos);

// The start of the word before `pos` (skipping the non-word bytes just before it); 0 if no
// word precedes. Same look-behind limit as next_word_end.
[[nodiscard]] document::ByteOffset previous_word_start(const document::Document& doc,
                                                       document::ByteOffset pos);

} // namespace trio::commands
