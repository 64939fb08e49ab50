// bench/web/handwritten: HTMLButtonElement, declared by hand in hand.h.
#include "hand.h"
