//===- binding.cpp - tinyxml2 bound to JS from its own header -------------===//
//
// The binding file of the tinyxml2 test: aliases only, with one member left
// out and one renamed. tinyxml2 9.0.0 comes from Debian's source package
// (scripts/debian-source.sh tinyxml2), its header untouched. What it
// exercises: a document that owns its nodes (XMLNode and XMLElement have
// protected and private constructors and destructors), foreign overloads
// kept in declaration order (XMLElement::SetAttribute(name, int | unsigned |
// int64_t | uint64_t | bool | double | float | const char*)), const and
// non-const overloads as one method (FirstChildElement), default arguments
// (XMLDocument(bool = true, Whitespace = PRESERVE_WHITESPACE),
// Attribute(name, value = 0), IntAttribute(name, defaultValue = 0)) and
// unscoped enums in a namespace (XMLError, Whitespace).
//
//===----------------------------------------------------------------------===//

#include <tinyxml2.h>
#include <wasmport/wasmport.h>

namespace js {
// SaveFile writes to the file system, which a module in a page lacks.
using XMLDocument [[wasmport::export, wasmport::skip("SaveFile"),
                    wasmport::rename("ErrorStr", "errorText")]] = tinyxml2::XMLDocument;
using XMLNode [[wasmport::export]] = tinyxml2::XMLNode;
using XMLElement [[wasmport::export]] = tinyxml2::XMLElement;
using XMLText [[wasmport::export]] = tinyxml2::XMLText;
using XMLVisitor [[wasmport::export]] = tinyxml2::XMLVisitor;
using XMLPrinter [[wasmport::export]] = tinyxml2::XMLPrinter;
using XMLError [[wasmport::export]] = tinyxml2::XMLError;
using Whitespace [[wasmport::export]] = tinyxml2::Whitespace;
} // namespace js
