// Nothing annotated: only the plugin marker and an empty manifest fragment.
int unannotated(int a) { return a; }
