// CLineScan is header-only (see include/CLineScan.h); a C target needs one source file.
#include "CLineScan.h"
