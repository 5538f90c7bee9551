// Guarded file mappings: see include/CFileMap.h.
#define _GNU_SOURCE
#include "CFileMap.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

// A slot is free when its start is 0. The handler reads the slots without a lock (it may
// run on any thread, at any time); a slot is filled before its address is handed out and
// emptied before the pages are unmapped.
static _Atomic uintptr_t slot_start[CG_GUARDED_MAP_SLOTS];
static _Atomic uintptr_t slot_end[CG_GUARDED_MAP_SLOTS];
static _Atomic int slot_cut[CG_GUARDED_MAP_SLOTS];
static pthread_mutex_t slot_lock = PTHREAD_MUTEX_INITIALIZER;

static struct sigaction previous_action;
static uintptr_t page_mask;
static int installed;
static pthread_once_t install_once = PTHREAD_ONCE_INIT;

static void on_bus_error(int signal_number, siginfo_t *info, void *context) {
    uintptr_t address = (uintptr_t)info->si_addr;
    for (int slot = 0; slot < CG_GUARDED_MAP_SLOTS; slot++) {
        uintptr_t start = atomic_load(&slot_start[slot]), end = atomic_load(&slot_end[slot]);
        if (start == 0 || address < start || address >= end) continue;
        uintptr_t page = address & page_mask;
        // mmap is a plain system call: safe in a signal handler.
        void *zeros = mmap((void *)page, end - page, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
        if (zeros != MAP_FAILED) {
            atomic_store(&slot_cut[slot], 1);
            return;  // the read is made again, and sees zeros
        }
        break;
    }
    // Not a guarded mapping's fault: what would have happened without this handler.
    if (previous_action.sa_flags & SA_SIGINFO) {
        previous_action.sa_sigaction(signal_number, info, context);
        return;
    }
    if (previous_action.sa_handler != SIG_DFL && previous_action.sa_handler != SIG_IGN) {
        previous_action.sa_handler(signal_number);
        return;
    }
    // The default action: restored, the faulting read runs again and ends the process (a
    // SIGBUS sent by a process, not a fault, is sent again).
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(SIGBUS, &fallback, NULL);
    if (info->si_code <= 0) raise(SIGBUS);
}

static void install(void) {
    long page = sysconf(_SC_PAGESIZE);
    if (page <= 0) return;
    page_mask = ~((uintptr_t)page - 1);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_bus_error;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESTART;
    sigemptyset(&action.sa_mask);
    if (sigaction(SIGBUS, &action, &previous_action) == 0) installed = 1;
}

void *cg_guarded_map(int descriptor, size_t size, int populate, int *slot) {
    if (size == 0) return NULL;
    pthread_once(&install_once, install);
    if (!installed) return NULL;
    pthread_mutex_lock(&slot_lock);
    int free_slot = -1;
    for (int index = 0; index < CG_GUARDED_MAP_SLOTS; index++) {
        if (atomic_load(&slot_start[index]) == 0) {
            free_slot = index;
            break;
        }
    }
    void *address = NULL;
    if (free_slot >= 0) {
        void *mapped = mmap(NULL, size, PROT_READ, MAP_PRIVATE | (populate ? MAP_POPULATE : 0), descriptor, 0);
        if (mapped != MAP_FAILED) {
            address = mapped;
            atomic_store(&slot_cut[free_slot], 0);
            atomic_store(&slot_end[free_slot], (uintptr_t)mapped + size);
            atomic_store(&slot_start[free_slot], (uintptr_t)mapped);
            *slot = free_slot;
        }
    }
    pthread_mutex_unlock(&slot_lock);
    return address;
}

int cg_guarded_map_was_cut(int slot) {
    if (slot < 0 || slot >= CG_GUARDED_MAP_SLOTS) return 0;
    return atomic_load(&slot_cut[slot]);
}

void cg_guarded_unmap(void *address, size_t size, int slot) {
    if (slot >= 0 && slot < CG_GUARDED_MAP_SLOTS) {
        pthread_mutex_lock(&slot_lock);
        atomic_store(&slot_start[slot], 0);
        atomic_store(&slot_end[slot], 0);
        pthread_mutex_unlock(&slot_lock);
    }
    munmap(address, size);
}
