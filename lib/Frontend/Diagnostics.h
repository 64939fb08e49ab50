//===- Diagnostics.h - The catalogue of wasmport diagnostics ---*- C++ -*-===//
//
// Every diagnostic the frontend reports, in one place, in LLVM wording. The
// plugin and the rewrite tool report through the same DiagnosticsEngine the
// compiler uses, so -verify tests and IDEs see them like Clang's own.
//
//===----------------------------------------------------------------------===//
#ifndef WASMPORT_FRONTEND_DIAGNOSTICS_H
#define WASMPORT_FRONTEND_DIAGNOSTICS_H

#include "clang/Basic/Diagnostic.h"

namespace wasmport::frontend {

enum class Diag {
  // Attributes.
  ArgNotIdentifierString,
  ImportArgNotString,
  AttrNeedsExportedClass,
  SkipOutsideExport,
  AttrConflict,
  ConflictingJSNames,
  NotePreviousAttribute,
  SpanNeedsCxx20,
  // Entities.
  UnsupportedParamType,
  UnsupportedResultType,
  ExpectedErrorType,
  ImportExpectedErrorType,
  NoteSupportedTypes,
  NoteSupportedImportTypes,
  NoteSupportedCallbackTypes,
  NoteCallbackResult,
  NoteFunctionInside,
  TemplateExport,
  NoteTemplateExport,
  VariadicExport,
  InvalidJSName,
  ReservedJSName,
  GlobalJSName,
  ReservedMemberName,
  DuplicateJSName,
  NotePreviousJSName,
  OverloadCollision,
  NoteOtherOverload,
  ImportHasBody,
  StartSignature,
  TestSignature,
  MemberNotPublic,
  MemberDeleted,
  ClassOwnedByCpp,
  ClassNotCopyable,
  ClassNotMovable,
  OperatorExport,
  NamespaceExportName,
  InvalidModuleSpecifier,
  NotExportable,
  // Value structs and enums.
  UnsupportedValueFieldType,
  ValueNotAggregate,
  ForeignValueNotConstructible,
  EnumTooWide,
  EnumeratorNeedsString,
  DuplicateEnumString,
  ReservedEnumeratorName,
  AttrNeedsExportedEnum,
  // Classes: properties and inheritance.
  UnsupportedFieldType,
  FieldNotCopyable,
  AccessorSignature,
  AccessorStatic,
  DuplicateAccessor,
  SetterWithoutGetter,
  MemberNameClash,
  // Constants (Constants.cpp).
  ConstantNotConstexpr,
  ConstantType,
  ConstantValue,
  MultipleExportedBases,
  NoteExportedBase,
  BaseNotAtOffsetZero,
  NoteBaseNotAtOffsetZero,
  BaseNonVirtualDestructor,
  NoteExportedSubclass,
  // Imported classes.
  AttrNeedsImportedClass,
  ImportMemberArgs,
  ImportedClassBase,
  ImportedClassField,
  ImportedClassConstructor,
  ImportedClassVirtual,
  ImportedConstructorSignature,
  ImportedMemberUnsupported,
  // Foreign entities (aliases and using-declarations).
  ForeignAliasTarget,
  ForeignAliasSpecialization,
  ForeignUsingTarget,
  ForeignUsingAttribute,
  ForeignMembersOmitted,
  ForeignOverloadsOmitted,
  NoteLeftOut,
  ForeignSelectionArgs,
  ForeignNoSuchMember,
  // Promises and coroutines.
  UnsupportedPromiseValue,
  // Maps and sets.
  UnsupportedMapKey,
  CoroutineBorrowedParam,
  // JS subclasses (Virtuals.cpp).
  VirtualNotOverridable,
  ClassNotExtensible,
};

/// Starts reporting D at Loc; stream arguments and ranges into the result.
clang::DiagnosticBuilder report(clang::DiagnosticsEngine &DE,
                                clang::SourceLocation Loc, Diag D);

} // namespace wasmport::frontend

#endif // WASMPORT_FRONTEND_DIAGNOSTICS_H
