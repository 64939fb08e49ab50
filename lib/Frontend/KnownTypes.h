//===- KnownTypes.h - The C++ types wasmport knows by name -----*- C++ -*-===//
//
// The recognisers the TypeClassifier is built from (KnownTypes.cpp). Not part
// of the Frontend's interface; TypeClassifier.h declares the ones the
// Collector uses too (spellType, isJsValueClass, isStdFunction,
// stdExpectedErrorType).
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_FRONTEND_KNOWNTYPES_H
#define WASMPORT_FRONTEND_KNOWNTYPES_H

#include "Manifest/Manifest.h"

#include "clang/AST/Type.h"

#include <optional>

namespace clang {
class ASTContext;
class ClassTemplateSpecializationDecl;
} // namespace clang

namespace wasmport::frontend {

/// Integer and floating-point kinds by size and signedness (wasm32: long is
/// 32 bits, long double is 128 bits and not supported).
std::optional<manifest::TypeKind> arithmeticKind(const clang::BuiltinType *BT,
                                                 const clang::ASTContext &Ctx);

/// The specialisation of a class template in namespace std that T names,
/// or null.
const clang::ClassTemplateSpecializationDecl *stdTemplate(clang::QualType T);

/// Spec's template argument I when it is a type; a null type otherwise.
clang::QualType typeArg(const clang::ClassTemplateSpecializationDecl *Spec,
                        unsigned I);

/// The signature of the std::function T names as written (with its
/// typedefs), or as the specialisation Spec has it.
const clang::FunctionProtoType *
functionSignature(clang::QualType T,
                  const clang::ClassTemplateSpecializationDecl *Spec);

/// String for std::basic_string<char>, StringView for
/// std::basic_string_view<char>; nullopt for other types.
std::optional<manifest::TypeKind> stdStringKind(clang::QualType T);

/// True for wasmport::JsValue (<wasmport/jsvalue.h>).
bool isJsValue(clang::QualType T);

/// The wasmport::Promise<V> (<wasmport/promise.h>) T names, or null.
const clang::ClassTemplateSpecializationDecl *
wasmportPromise(clang::QualType T);

} // namespace wasmport::frontend

#endif // WASMPORT_FRONTEND_KNOWNTYPES_H
