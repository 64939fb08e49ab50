// bench/web/handwritten: HTMLElement, declared by hand in hand.h.
#include "hand.h"
