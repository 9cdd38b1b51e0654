#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

/* The wide-character API must be on before curses.h is read: the package manager drops the
   feature macros that pkg-config would pass, so cchar_t and the *_wch calls would be missing. */
#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <wchar.h>

/* The C library hides wcwidth behind feature macros; this is its standard signature. */
int wcwidth(wchar_t c);

/* Attribute bits are built by macros Swift cannot import; their values depend on the build,
   so they are read from the header here instead of being written out as numbers. */
static inline attr_t cnw_attr_normal(void) { return A_NORMAL; }
static inline attr_t cnw_attr_bold(void) { return A_BOLD; }
static inline attr_t cnw_attr_reverse(void) { return A_REVERSE; }
static inline attr_t cnw_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t cnw_attr_dim(void) { return A_DIM; }

/* Mouse event masks, also macros. */
static inline mmask_t cnw_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cnw_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cnw_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cnw_button5_pressed(void) { return BUTTON5_PRESSED; }

/* Mutable globals of the current screen, read through functions so Swift sees no global. */
static inline WINDOW *cnw_stdscr(void) { return stdscr; }
static inline int cnw_colors(void) { return COLORS; }

/* Whether the current terminal can move its cursor (terminfo "cup"); "dumb" cannot, and a
   full-screen program on it would draw nothing the user can see. */
static inline int cnw_can_address_cursor(void) {
  const char *cup = tigetstr("cup");
  return cup != NULL && cup != (const char *)-1;
}

/* Key codes built by function-like macros. */
static inline int cnw_key_f(int n) { return KEY_F(n); }

#endif
