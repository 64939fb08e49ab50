//===- JSSyntax.cpp - Small pieces of JS syntax the printers share --------===//
//
// See JSSyntax.h. Every switch is over a closed TypeKind; kinds a function
// does not apply to are listed, and reaching them is a bug in the caller.
//
//===----------------------------------------------------------------------===//
#include "JS/JSSyntax.h"

#include "llvm/Support/ErrorHandling.h"

#include <cstdio>

using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::js {

std::string quote(StringRef Text) {
  std::string Out = "'";
  for (unsigned char C : Text) {
    switch (C) {
    case '\'': Out += "\\'"; break;
    case '\\': Out += "\\\\"; break;
    case '\n': Out += "\\n"; break;
    case '\r': Out += "\\r"; break;
    default:
      if (C < 0x20) {
        char Buf[8];
        snprintf(Buf, sizeof(Buf), "\\x%02x", C);
        Out += Buf;
      } else {
        Out += C;
      }
    }
  }
  // U+2028 and U+2029 end lines in older parsers; write them escaped.
  std::string Safe;
  for (size_t I = 0; I < Out.size(); ++I) {
    if (Out.compare(I, 3, "\xE2\x80\xA8") == 0 ||
        Out.compare(I, 3, "\xE2\x80\xA9") == 0) {
      Safe += Out[I + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      I += 2;
      continue;
    }
    Safe += Out[I];
  }
  return Safe + "'";
}

std::string substitute(StringRef Pattern, StringRef Value) {
  std::string Out;
  for (char C : Pattern) {
    if (C == '$')
      Out += Value;
    else
      Out += C;
  }
  return Out;
}

LeafCheck numberOrStringCheck(TypeKind K) {
  switch (K) {
  case TypeKind::Bool: return {"typeof $ !== 'boolean'", "a boolean"};
  case TypeKind::I8: return {"typeof $ !== 'number' || ($ << 24 >> 24) !== $", "an integer from -128 to 127"};
  case TypeKind::U8: return {"typeof $ !== 'number' || ($ & 0xff) !== $", "an integer from 0 to 255"};
  case TypeKind::I16: return {"typeof $ !== 'number' || ($ << 16 >> 16) !== $", "an integer from -32768 to 32767"};
  case TypeKind::U16: return {"typeof $ !== 'number' || ($ & 0xffff) !== $", "an integer from 0 to 65535"};
  case TypeKind::I32: return {"typeof $ !== 'number' || ($ | 0) !== $", "an integer from -2147483648 to 2147483647"};
  case TypeKind::U32: return {"typeof $ !== 'number' || ($ >>> 0) !== $", "an integer from 0 to 4294967295"};
  case TypeKind::I64:
    return {"typeof $ !== 'bigint' || __wasmport_asIntN(64, $) !== $",
            "a bigint from -(2n ** 63n) to 2n ** 63n - 1"};
  case TypeKind::U64:
    return {"typeof $ !== 'bigint' || __wasmport_asUintN(64, $) !== $",
            "a bigint from 0n to 2n ** 64n - 1"};
  case TypeKind::F32:
  case TypeKind::F64: return {"typeof $ !== 'number'", "a number"};
  case TypeKind::String:
  case TypeKind::StringView: return {"typeof $ !== 'string'", "a string"};
  case TypeKind::CString: return {"$ !== null && typeof $ !== 'string'", "a string or null"};
  case TypeKind::Void:
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
  case TypeKind::SharedPtr:
  case TypeKind::Enum:
  case TypeKind::Value:
  case TypeKind::Vector:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
  case TypeKind::Expected:
    break;
  }
  llvm_unreachable("not a number or string kind");
}

StringRef typedArrayName(TypeKind K) {
  switch (K) {
  case TypeKind::I8: return "Int8Array";
  case TypeKind::U8: return "Uint8Array";
  case TypeKind::I16: return "Int16Array";
  case TypeKind::U16: return "Uint16Array";
  case TypeKind::I32: return "Int32Array";
  case TypeKind::U32: return "Uint32Array";
  case TypeKind::I64: return "BigInt64Array";
  case TypeKind::U64: return "BigUint64Array";
  case TypeKind::F32: return "Float32Array";
  case TypeKind::F64: return "Float64Array";
  case TypeKind::Void:
  case TypeKind::Bool:
  case TypeKind::String:
  case TypeKind::StringView:
  case TypeKind::CString:
  case TypeKind::ClassRef:
  case TypeKind::ClassPtr:
  case TypeKind::ClassValue:
  case TypeKind::UniquePtr:
  case TypeKind::SharedPtr:
  case TypeKind::Enum:
  case TypeKind::Value:
  case TypeKind::Vector:
  case TypeKind::Span:
  case TypeKind::SpanMut:
  case TypeKind::Optional:
  case TypeKind::Map:
  case TypeKind::Set:
  case TypeKind::JsValue:
  case TypeKind::Function:
  case TypeKind::Promise:
  case TypeKind::Expected:
    break;
  }
  llvm_unreachable("no typed array for this kind");
}

std::string kindName(StringRef Class) {
  return ("__wasmport_" + Class + "_kind").str();
}

std::string uniquePtrToWire(StringRef V, StringRef Class, StringRef Where,
                            StringRef Param) {
  std::string Site = Where.empty() ? "null, null"
                                   : quote(Where) + ", " + quote(Param);
  return ("(" + V + " === null || " + V + " === undefined) ? 0 : " +
          "__wasmport_disown(" + V + ", " + kindName(Class) + ", " + Site +
          ")")
      .str();
}

std::string sharedOwnerToWire(StringRef V) {
  return (V + " ? __wasmport_ownerOf(" + V + ") : 0").str();
}

std::string enumValuesName(StringRef Enum) {
  return ("__wasmport_" + Enum + "_values").str();
}
std::string enumToWireName(StringRef Enum) {
  return ("__wasmport_" + Enum + "_toWire").str();
}
std::string enumFromWireName(StringRef Enum) {
  return ("__wasmport_" + Enum + "_fromWire").str();
}

} // namespace wasmport::js
