#ifndef CFILE_MAP_H
#define CFILE_MAP_H

// A regular file mapped into memory, read-only and private, and guarded against the file
// shrinking under the mapping.
//
// Reading a mapped page that a truncation of the file took away raises SIGBUS, which would
// end the process. Here a SIGBUS handler (installed once, on the first guarded mapping; any
// handler found before it is called for faults elsewhere) puts zero pages over the rest of
// the mapping from the faulting page, notes that the mapping was cut, and returns: the read
// goes on and sees zeros. The reader asks `cg_guarded_map_was_cut` once done and, when it
// was, reads the file again the ordinary way.
//
// Mapping a file costs a fraction of reading it into fresh memory: the kernel neither
// clears nor copies the pages, it maps the page cache's.

#include <stddef.h>

/// How many guarded mappings may exist at once; `cg_guarded_map` returns NULL beyond.
enum { CG_GUARDED_MAP_SLOTS = 64 };

/// Maps the first `size` bytes (more than 0) of the file open as `descriptor`, with its pages
/// read in at once when `populate` is not 0 (else as they are first read), and stores its slot
/// number in `slot`. NULL when the system refuses, the handler cannot be installed or every
/// slot is taken.
void *cg_guarded_map(int descriptor, size_t size, int populate, int *slot);

/// Whether the file shrank under the mapping of `slot`: some of its pages read as zeros.
int cg_guarded_map_was_cut(int slot);

/// Unmaps a mapping made by `cg_guarded_map` and frees its slot.
void cg_guarded_unmap(void *address, size_t size, int slot);

#endif
