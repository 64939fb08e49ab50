// bench/web/handwritten: HTMLInputElement, declared by hand in hand.h.
#include "hand.h"
