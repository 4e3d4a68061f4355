// Decodes the bytes a terminal sends into Keys: UTF-8, control characters, escape
// sequences and bracketed paste. A pure state machine, run by the input component.
#pragma once

#include "editor/keys/key.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace trio::keys {

// Contract:
// - feed() accepts bytes in chunks split anywhere (inside a UTF-8 character, an escape
//   sequence or a paste marker) and returns the keys completed so far; never blocks, never
//   throws, O(bytes) (a paste of megabytes included).
// - A lone ESC is ambiguous until more bytes arrive, like kilo's read timeout made
//   explicit: when waiting_for_more() is true, the caller polls its input with a short
//   timeout (~25 ms) and calls on_timeout() if nothing arrived, which settles the pending
//   bytes. While a bracketed paste is open, waiting_for_more() is false: a paste ends only
//   with its end marker, however long the terminal takes to send it.
// - Not thread-safe; one decoder per input stream. Copyable (a value with no resources).
//
// Decoding (TERM=xterm-256color; rxvt, Linux console and tmux variants are accepted too):
// - UTF-8 characters -> Char. Each byte that is not part of a well-formed character gives
//   one Char U+FFFD, as text::decode_utf8 does; the decoder is never stuck.
// - 0x0D -> <ret>, 0x09 -> <tab>, 0x7F -> <backspace>, 0x08 -> <c-backspace> (xterm's
//   Backspace and Ctrl+Backspace), 0x00 -> <c-space>, 0x0A -> <c-j> (raw mode does not turn
//   Enter into LF, so LF only comes from Ctrl+J), other C0 bytes -> <c-a>…<c-z>, <c-\>,
//   <c-]>, <c-^>, <c-_>.
// - ESC followed by a byte that starts no sequence -> that key with Alt (<a-x>, <a-ret>).
//   ESC ESC is an <esc> followed by whatever the second ESC starts.
// - CSI and SS3 sequences with xterm modifier parameters (1;2 Shift, 3 Alt, 5 Ctrl, 6
//   Ctrl+Shift, …) -> arrows, Home/End, Insert/Delete, PageUp/PageDown, F1-F12; CSI Z ->
//   <s-tab>; CSI <codepoint>;<mods> u (fixterms/kitty) -> the key it names.
// - CSI 200~ … CSI 201~ -> one Paste key holding the bytes in between verbatim (ESC,
//   CR, invalid UTF-8 and all).
// - Mouse reports -> KeyCode::Mouse: SGR (CSI < b;x;y M/m, mode 1006) and, from a terminal
//   without SGR mode, X10 (CSI M and three raw bytes, which are never read as text).
//   Reports trio does not use (motion without a button, horizontal wheel) are dropped.
// - Any other complete escape sequence (focus, replies to queries) is consumed whole and
//   dropped: it never leaks into the text as typed characters.
class KeyDecoder {
public:
    [[nodiscard]] std::vector<Key> feed(std::span<const std::byte> bytes);
    [[nodiscard]] std::vector<Key> feed(std::string_view bytes); // convenience for tests

    // Settles what is pending after the caller's timeout:
    //   ESC alone -> <esc>; ESC [ -> <a-[>; ESC O -> <a-O> (what Alt+[ and Alt+O send);
    //   an incomplete UTF-8 character -> one U+FFFD;
    //   an incomplete escape sequence with parameters (ESC [ 1 ;) -> dropped, nullopt:
    //   it can only be a sequence cut short, and typing its pieces as text would be worse;
    //   nothing pending or a paste in progress -> nullopt, state unchanged.
    [[nodiscard]] std::optional<Key> on_timeout();

    // True when bytes are pending that on_timeout() would settle.
    [[nodiscard]] bool waiting_for_more() const;

private:
    enum class State : std::uint8_t {
        Ground,
        Utf8,          // inside a multi-byte character
        Escape,        // after ESC
        Csi,           // after ESC [
        Ss3,           // after ESC O
        LinuxFunction, // after ESC [ [ (Linux console F1-F5)
        Paste,         // inside a bracketed paste
        X10Mouse,      // after ESC [ M: the three bytes of an X10 mouse report
    };

    void step(unsigned char byte, std::vector<Key>& out);
    bool step_ground(unsigned char byte, std::vector<Key>& out);
    bool step_utf8(unsigned char byte, std::vector<Key>& out);
    bool step_escape(unsigned char byte, std::vector<Key>& out);
    bool step_sequence(unsigned char byte, std::vector<Key>& out);
    bool step_linux_function(unsigned char byte, std::vector<Key>& out);
    bool step_x10_mouse(unsigned char byte, std::vector<Key>& out);
    std::size_t consume_paste(std::string_view bytes, std::vector<Key>& out);
    void finish_sequence(char final, std::vector<Key>& out);
    void replace_pending_bytes(std::vector<Key>& out);
    void emit(Key key, std::vector<Key>& out);

    State m_state = State::Ground;
    Modifier m_pending_modifiers = Modifier::None; // Alt from a preceding ESC
    std::string m_pending_bytes;   // the UTF-8 character or sequence parameters so far
    std::size_t m_utf8_length = 0; // the length the UTF-8 lead byte announced
    bool m_sequence_too_long = false;
    std::string m_paste;
    std::size_t m_paste_end_matched = 0; // bytes of the end marker seen at the paste's tail
};

} // namespace trio::keys
