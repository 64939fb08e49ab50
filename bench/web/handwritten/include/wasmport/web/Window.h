// bench/web/handwritten: Window, declared by hand in hand.h.
#include "hand.h"
