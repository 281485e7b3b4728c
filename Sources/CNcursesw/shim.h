// The wide-character API is switched on here (what pkg-config --cflags ncursesw would pass).
#ifndef READER_NCURSES_SHIM_H
#define READER_NCURSES_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <ncursesw/ncurses.h>
#endif
