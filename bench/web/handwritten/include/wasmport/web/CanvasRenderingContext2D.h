// bench/web/handwritten: CanvasRenderingContext2D, declared by hand in hand.h.
#include "hand.h"
