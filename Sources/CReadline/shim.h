// GNU readline for Swift. Debian: libreadline-dev (pkg-config `readline`).
//
// Swift 6 refuses to assign C globals directly (they are shared mutable state), so the few
// readline settings Wijzer changes are set through the static inline functions below.
#ifndef WIJZER_CREADLINE_SHIM_H
#define WIJZER_CREADLINE_SHIM_H

#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

/// The application name readline uses for conditional ~/.inputrc sections.
static inline void wijzer_rl_set_name(const char *name) { rl_readline_name = name; }

/// Whether readline installs its own signal handlers (Wijzer handles signals itself).
static inline void wijzer_rl_set_catch_signals(int on) {
    rl_catch_signals = on;
    rl_catch_sigwinch = on;
}

/// Whether readline may set LINES and COLUMNS in the environment.
static inline void wijzer_rl_set_change_environment(int on) { rl_change_environment = on; }

/// The completion function called on Tab.
static inline void wijzer_rl_set_completion_function(rl_completion_func_t *f) { rl_attempted_completion_function = f; }

/// Set inside a completion function: no filename completion as fallback.
static inline void wijzer_rl_set_completion_over(int on) { rl_attempted_completion_over = on; }

/// The characters that separate words for completion ("" = the whole line is one word).
static inline void wijzer_rl_set_word_break_characters(const char *chars) { rl_completer_word_break_characters = chars; }

/// The character appended after a unique completion (0 = none).
static inline void wijzer_rl_set_completion_append_character(int c) { rl_completion_append_character = c; }

#endif
