// CByteSearch is header-only (see include/CByteSearch.h); a C target needs one source file.
#include "CByteSearch.h"
