// bench/web/handwritten: Response, declared by hand in hand.h.
#include "hand.h"
