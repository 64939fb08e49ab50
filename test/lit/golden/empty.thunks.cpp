[[maybe_unused]] static void __wasmport_compiled_without_the_wasmport_plugin() {}
// The manifest of this translation unit, one line of the section.
__asm__(R"wasmport(
	.section .custom_section.wasmport,"",@
	.ascii "{\"classes\":[],\"enums\":[],\"functions\":[],\"imports\":[],\"starts\":[],\"values\":[],\"wasmport\":3}\n"
)wasmport");
