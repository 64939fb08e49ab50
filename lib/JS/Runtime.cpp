//===- Runtime.cpp - The JS helpers embedded in wasmport-js ---------------===//
#include "JS/Runtime.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/ErrorHandling.h"

#include <string>
#include <vector>

using namespace llvm;

namespace wasmport::js {

namespace {

struct EmbeddedFile {
  const char *Name;
  const char *Text;
};

const EmbeddedFile Files[] = {
#include "RuntimeFiles.inc"
};

struct Helper {
  StringRef Name;
  SmallVector<StringRef, 4> Requires;
  StringRef Body;
};

std::vector<Helper> parseHelpers() {
  std::vector<Helper> Out;
  constexpr StringLiteral Marker = "//@helper ";
  for (const EmbeddedFile &F : Files) {
    StringRef Rest = F.Text;
    size_t At = Rest.find(Marker);
    while (At != StringRef::npos) {
      Rest = Rest.drop_front(At + Marker.size());
      auto [Header, Body] = Rest.split('\n');
      size_t Next = Body.find(Marker);
      Helper H;
      SmallVector<StringRef, 4> Words;
      Header.split(Words, ' ', -1, /*KeepEmpty=*/false);
      H.Name = Words.front();
      if (Words.size() > 1 && Words[1] == "requires")
        H.Requires.append(Words.begin() + 2, Words.end());
      H.Body = Body.take_front(Next).rtrim();
      Out.push_back(H);
      Rest = Body;
      At = Next;
    }
  }
  return Out;
}

const std::vector<Helper> &helpers() {
  static const std::vector<Helper> All = parseHelpers();
  return All;
}

const Helper *findHelper(StringRef Name) {
  for (const Helper &H : helpers())
    if (H.Name == Name)
      return &H;
  return nullptr;
}

} // namespace

bool hasHelper(StringRef Name) { return findHelper(Name) != nullptr; }

void HelperSet::require(StringRef Name) {
  const Helper *H = findHelper(Name);
  if (!H)
    report_fatal_error(Twine("wasmport-js: unknown JS helper '") + Name + "'");
  if (!Names.insert(Name).second)
    return;
  for (StringRef Dep : H->Requires)
    require(Dep);
}

void HelperSet::print(raw_ostream &OS) const {
  for (const Helper &H : helpers())
    if (Names.contains(H.Name))
      OS << H.Body << "\n\n";
}

} // namespace wasmport::js
