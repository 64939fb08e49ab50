// A host static library: linking it into the module is a configure error.
int host_only() { return 1; }
