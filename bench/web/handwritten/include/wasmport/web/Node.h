// bench/web/handwritten: Node, declared by hand in hand.h.
#include "hand.h"
