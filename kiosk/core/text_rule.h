#pragma once
// The one rule for what counts as text, applied to every text from outside: content records,
// scanned codes, typed text, config strings, the platform's answers. Not text:
// - controls: C0 (but a line break where the text may have lines), DEL, C1 (U+0080–U+009F);
// - format characters that make text display other than it reads or hide in it: the bidi
//   controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069), zero-width and joiner characters,
//   the byte order mark, soft hyphen, and the other invisible format characters (Unicode Cf) and
//   default-ignorable code points (Hangul fillers, variation selectors, …);
// - line and paragraph separators (U+2028/9): a line break is '\n' or nothing;
// - noncharacters, surrogates, and U+FFFD (what a broken byte decodes to).
// Content and config refuse such text (the record or key is reported by its field name, never its
// value); typed text drops the characters.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::core {

enum class Lines { One, Many };  // Many: '\n' is allowed

bool isTextCharacter(char32_t c, Lines lines);

// Why `text` is not text of at most `maxChars` characters (and not empty when `required`), in
// words that never quote it; nothing when it is.
std::optional<std::string> textProblem(std::string_view text, Lines lines, std::size_t maxChars, bool required = true);
// One line of 1..maxChars characters of text.
bool isTextLine(std::string_view text, std::size_t maxChars);
// `text` with every character that is not text dropped (invalid bytes too), cut to `maxChars`.
std::string keepText(std::string_view text, Lines lines, std::size_t maxChars);

// An identifier or version another system sends and the log names (a content version, a case's
// service_request_id): 1..maxBytes of printable ASCII without spaces, quotes or backslashes — it
// can neither forge a log line nor carry a name.
bool isPlainToken(std::string_view text, std::size_t maxBytes);

// Words another system sent (a platform's error description) made fit for the log and the
// operator panel: one line of text by the rule, at most `maxChars` characters, every number of 5
// or more digits replaced by '#' — separators between digits ("138-0013-8000", "138 0013 8000")
// and full-width digits included — so a phone or ID number echoed back is not kept. A name cannot
// be told from other words: docs/security.md says so.
std::string remoteWordsForLog(std::string_view text, std::size_t maxChars = 200);

}  // namespace kiosk::core
