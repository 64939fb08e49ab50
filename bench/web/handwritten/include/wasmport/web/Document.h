// bench/web/handwritten: Document, declared by hand in hand.h.
#include "hand.h"
