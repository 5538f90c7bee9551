// CStructureScan is header-only (see include/CStructureScan.h); a C target needs one source file.
#include "CStructureScan.h"
