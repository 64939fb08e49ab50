// bench/web/handwritten: HTMLCanvasElement, declared by hand in hand.h.
#include "hand.h"
