/*
 * shim.h — the C side of casegraph's line editor.
 *
 * Swift cannot call C variadic functions (el_set, el_get, history) nor read
 * Glibc's stdin/stdout/stderr globals under strict concurrency, so every use
 * of them is wrapped here in a small static inline function.
 *
 * Signal state is process-wide. Swift emits its own copy of every static
 * inline function into each object file that uses it, so the flags below are
 * *weak* definitions: each object carries one and the linker keeps exactly
 * one, so the handler and every reader see the same variable. They are
 * volatile (signal handlers write them), initialised and `used`, so that
 * clang always emits the definition: an undefined weak symbol is address 0.
 */
#ifndef CASEGRAPH_CEDITLINE_SHIM_H
#define CASEGRAPH_CEDITLINE_SHIM_H

#include <errno.h>
#include <histedit.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

/* ---- Process-wide signal flags ----------------------------------------- */

__attribute__((weak, used)) volatile sig_atomic_t cg_sigint_pending = 0;
__attribute__((weak, used)) volatile sig_atomic_t cg_sigwinch_pending = 0;
__attribute__((weak, used)) volatile sig_atomic_t cg_sigtstp_pending = 0;

/* The thread blocked in read() for a line, if any. A signal only interrupts
   read() in the thread it is delivered to, and the kernel may pick another
   thread (in an async program the main thread waits in libdispatch while
   the REPL runs on a worker, whose signals libdispatch blocks). So handlers
   running elsewhere forward the signal to the reading thread. */
__attribute__((weak, used)) volatile sig_atomic_t cg_reader_active = 0;
__attribute__((weak, used)) volatile pthread_t cg_reader_thread = 0;

static void cg_forward_to_reader(int signo) {
    if (cg_reader_active && !pthread_equal(pthread_self(), cg_reader_thread)) {
        pthread_kill(cg_reader_thread, signo);
    }
}

static void cg_on_sigint(int signo) { cg_sigint_pending = 1; cg_forward_to_reader(signo); }
static void cg_on_sigwinch(int signo) { cg_sigwinch_pending = 1; cg_forward_to_reader(signo); }
static void cg_on_sigtstp(int signo) { cg_sigtstp_pending = 1; cg_forward_to_reader(signo); }

/* Brackets a blocking read of input: marks this thread as the reader and
   unblocks the signals that must interrupt it. */
typedef struct cg_reading_state {
    sigset_t previous_mask;
} cg_reading_state;

static inline void cg_begin_reading(cg_reading_state *state) {
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGINT);
    sigaddset(&unblock, SIGWINCH);
    sigaddset(&unblock, SIGTSTP);
    cg_reader_thread = pthread_self();
    cg_reader_active = 1;
    pthread_sigmask(SIG_UNBLOCK, &unblock, &state->previous_mask);
}

static inline void cg_end_reading(const cg_reading_state *state) {
    cg_reader_active = 0;
    pthread_sigmask(SIG_SETMASK, &state->previous_mask, NULL);
}

static inline int cg_interrupted(void) { return cg_sigint_pending != 0; }
static inline void cg_clear_interrupt(void) { cg_sigint_pending = 0; }

/* Installs the SIGINT handler. No SA_RESTART: a blocking read() returns
   EINTR, which is how Ctrl-C cancels the line being typed. Also unblocks
   SIGINT in the calling thread: a process started with SIGINT blocked (the
   mask is inherited through fork and exec, e.g. from a test runner's worker
   thread via tmux) would otherwise never see Ctrl-C while a statement runs. */
static inline int cg_install_sigint_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cg_on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    int status = sigaction(SIGINT, &action, NULL);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &unblock, NULL);
    return status;
}

/* The handlers that are active only while a line is being edited. */
typedef struct cg_saved_signals {
    struct sigaction winch;
    struct sigaction tstp;
    int tstp_caught;
} cg_saved_signals;

static inline void cg_catch_editing_signals(cg_saved_signals *saved) {
    struct sigaction action;
    memset(saved, 0, sizeof *saved);
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    cg_sigwinch_pending = 0;
    cg_sigtstp_pending = 0;
    action.sa_handler = cg_on_sigwinch;
    sigaction(SIGWINCH, &action, &saved->winch);
    /* Leave Ctrl-Z alone when job control is off (SIGTSTP ignored). */
    sigaction(SIGTSTP, NULL, &saved->tstp);
    if (saved->tstp.sa_handler != SIG_IGN) {
        action.sa_handler = cg_on_sigtstp;
        sigaction(SIGTSTP, &action, NULL);
        saved->tstp_caught = 1;
    }
}

static inline void cg_restore_editing_signals(const cg_saved_signals *saved) {
    sigaction(SIGWINCH, &saved->winch, NULL);
    if (saved->tstp_caught) sigaction(SIGTSTP, &saved->tstp, NULL);
}

/* ---- Terminal and stdio ------------------------------------------------- */

static inline FILE *cg_stdin(void) { return stdin; }
static inline FILE *cg_stdout(void) { return stdout; }
static inline FILE *cg_stderr(void) { return stderr; }

/* Makes LC_CTYPE a UTF-8 locale (the user's if it is UTF-8, else C.UTF-8).
   Without it libedit drops every non-ASCII byte. Only LC_CTYPE is touched,
   so number formatting (LC_NUMERIC) stays "C". Returns 1 on success. */
static inline int cg_prepare_utf8_ctype(void) {
    const char *codeset;
    setlocale(LC_CTYPE, "");
    codeset = nl_langinfo(CODESET);
    if (codeset != NULL && strcmp(codeset, "UTF-8") == 0) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") != NULL) return 1;
    if (setlocale(LC_CTYPE, "C.utf8") != NULL) return 1;
    if (setlocale(LC_CTYPE, "en_US.UTF-8") != NULL) return 1;
    return 0;
}

/* Terminal width in columns of the terminal on `fd`, or 0 if unknown. */
static inline int cg_terminal_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 0;
}

/* ---- Reading keys --------------------------------------------------------- */

/* Ctrl-Z while editing: cooked mode, stop, and on `fg` raw mode and redraw. */
static inline void cg_suspend(EditLine *el) {
    struct sigaction fallback, mine;
    sigset_t unblock, previous;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    el_set(el, EL_PREP_TERM, 0);
    sigaction(SIGTSTP, &fallback, &mine);
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &unblock, &previous);
    raise(SIGTSTP);
    sigprocmask(SIG_SETMASK, &previous, NULL);
    sigaction(SIGTSTP, &mine, NULL);
    el_set(el, EL_PREP_TERM, 1);
    el_set(el, EL_REFRESH);
}

/* libedit's read-one-character function (EL_GETCFN). Unlike the built-in one
   it gives up on the first EINTR caused by SIGINT (the built-in retries once,
   so Ctrl-C would need pressing twice), follows window resizes, and handles
   Ctrl-Z. Decodes UTF-8 with mbrtowc; invalid bytes are skipped. Returns 1 with
   a character, 0 at end of input, -1 on error or interrupt. */
static int cg_read_char(EditLine *el, wchar_t *out) {
    FILE *input = NULL;
    int fd = 0;
    char bytes[MB_LEN_MAX];
    size_t count = 0;
    if (el_get(el, EL_GETFP, 0, &input) == 0 && input != NULL) fd = fileno(input);
    for (;;) {
        unsigned char byte;
        ssize_t got;
        if (cg_sigint_pending) { *out = 0; errno = EINTR; return -1; }
        got = read(fd, &byte, 1);
        if (got < 0) {
            if (errno != EINTR) { *out = 0; return -1; }
            if (cg_sigint_pending) { *out = 0; errno = EINTR; return -1; }
            if (cg_sigtstp_pending) { cg_sigtstp_pending = 0; cg_suspend(el); }
            if (cg_sigwinch_pending) {
                cg_sigwinch_pending = 0;
                el_resize(el);
                el_set(el, EL_REFRESH);
            }
            continue;
        }
        if (got == 0) { *out = 0; return 0; }
        bytes[count++] = (char)byte;
        for (;;) {
            mbstate_t state;
            size_t used;
            memset(&state, 0, sizeof state);
            used = mbrtowc(out, bytes, count, &state);
            if (used == (size_t)-2) {            /* incomplete: read more */
                if (count >= MB_LEN_MAX) count = 0;
                break;
            }
            if (used == (size_t)-1) {            /* invalid sequence */
                if (count > 1) {                 /* the last byte may start a new one */
                    bytes[0] = bytes[count - 1];
                    count = 1;
                    continue;
                }
                count = 0;
                break;
            }
            return 1;
        }
    }
}

/* ---- libedit set-up (wrappers around the variadic el_set / el_wset) ------ */

typedef wchar_t *(*cg_prompt_function)(EditLine *);
typedef unsigned char (*cg_editor_function)(EditLine *, int);

static inline int cg_el_set_read_function(EditLine *el) { return el_wset(el, EL_GETCFN, cg_read_char); }
static inline int cg_el_set_prompt(EditLine *el, cg_prompt_function f) { return el_wset(el, EL_PROMPT, f); }
static inline int cg_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int cg_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int cg_el_set_history(EditLine *el, HistoryW *h) { return el_wset(el, EL_HIST, history_w, h); }
static inline int cg_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline int cg_el_add_function(EditLine *el, const char *name, const char *help, cg_editor_function f) {
    return el_set(el, EL_ADDFN, name, help, f);
}
static inline int cg_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, NULL);
}
static inline void *cg_el_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}
static inline int cg_el_refresh(EditLine *el) { return el_set(el, EL_REFRESH); }

/* ---- History (wrappers around the variadic history_w) --------------------- */

static inline HistoryW *cg_history_init(int size) {
    HistEventW event;
    HistoryW *h = history_winit();
    if (h == NULL) return NULL;
    history_w(h, &event, H_SETSIZE, size);
    history_w(h, &event, H_SETUNIQUE, 1);
    return h;
}
static inline int cg_history_enter(HistoryW *h, const wchar_t *line) {
    HistEventW event;
    return history_w(h, &event, H_ENTER, line);
}
static inline void cg_history_clear(HistoryW *h) {
    HistEventW event;
    history_w(h, &event, H_CLEAR);
}

#endif /* CASEGRAPH_CEDITLINE_SHIM_H */
