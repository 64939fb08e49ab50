// bench/web/handwritten: Element, declared by hand in hand.h.
#include "hand.h"
