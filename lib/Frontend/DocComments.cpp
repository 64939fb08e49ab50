//===- DocComments.cpp - Doc comments for JSDoc ---------------------------===//
//
// Reads the doc comment (`///` or `/** */`) of a declaration as plain text for
// the manifest, from which the JS and .d.ts printers write JSDoc: paragraphs,
// verbatim blocks, `\param` texts for the matching parameters and the
// `\returns` text, as valid UTF-8 without control characters.
//
//===----------------------------------------------------------------------===//
#include "Frontend/Collector.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Comment.h"
#include "clang/AST/CommentCommandTraits.h"
#include "clang/AST/RawCommentList.h"
#include "clang/Sema/Sema.h"
#include "llvm/Support/JSON.h"

using namespace clang;
using namespace llvm;
using namespace wasmport::manifest;

namespace wasmport::frontend {

namespace {
/// Plain text of a comment paragraph: one line per source line, trimmed,
/// inline commands (`\c name`) reduced to their arguments, HTML tags left
/// out.
std::string paragraphText(const comments::Comment *P) {
  std::string Out, Line;
  auto EndLine = [&] {
    StringRef L = StringRef(Line).trim();
    if (!L.empty()) {
      if (!Out.empty())
        Out += '\n';
      Out += L;
    }
    Line.clear();
  };
  for (const comments::Comment *C :
       make_range(P->child_begin(), P->child_end())) {
    if (const auto *T = dyn_cast<comments::TextComment>(C)) {
      Line += T->getText();
      if (T->hasTrailingNewline())
        EndLine();
    } else if (const auto *I = dyn_cast<comments::InlineCommandComment>(C)) {
      for (unsigned A = 0, E = I->getNumArgs(); A != E; ++A)
        Line += (A ? " " : "") + I->getArgText(A).str();
      if (I->hasTrailingNewline())
        EndLine();
    } else if (const auto *H = dyn_cast<comments::InlineContentComment>(C)) {
      if (H->hasTrailingNewline())
        EndLine();
    }
  }
  EndLine();
  return Out;
}

/// Valid UTF-8 (llvm::json requires it) with no control characters but
/// line breaks.
std::string cleanText(std::string Text) {
  if (!json::isUTF8(Text))
    Text = json::fixUTF8(Text);
  for (char &Ch : Text)
    if (static_cast<unsigned char>(Ch) < 0x20 && Ch != '\n')
      Ch = ' ';
  return Text;
}

void appendParagraph(std::string &Out, StringRef Text) {
  if (Text.empty())
    return;
  if (!Out.empty())
    Out += "\n\n";
  Out += Text;
}
} // namespace

std::string Collector::docOf(const Decl *D, std::vector<Param> *Params,
                             std::string *Returns) const {
  const ASTContext &Ctx = S.getASTContext();
  const RawComment *RC = nullptr;
  const Decl *Owner = nullptr;
  for (const Decl *R : D->redecls())
    if ((RC = Ctx.getRawCommentForDeclNoCache(R))) {
      Owner = R;
      break;
    }
  if (!RC)
    return "";
  comments::FullComment *FC =
      RC->parse(Ctx, &S.getPreprocessor(), Owner);
  if (!FC)
    return "";
  const comments::CommandTraits &Traits = Ctx.getCommentCommandTraits();
  std::string Out;
  for (const comments::Comment *Block :
       make_range(FC->child_begin(), FC->child_end())) {
    if (const auto *P = dyn_cast<comments::ParagraphComment>(Block)) {
      appendParagraph(Out, paragraphText(P));
      continue;
    }
    if (const auto *PC = dyn_cast<comments::ParamCommandComment>(Block)) {
      if (!Params || !PC->hasParamName() || !PC->getParagraph())
        continue;
      std::string Text = cleanText(paragraphText(PC->getParagraph()));
      StringRef Name = PC->getParamNameAsWritten();
      for (unsigned I = 0, E = Params->size(); I != E; ++I)
        if ((PC->isParamIndexValid() && PC->getParamIndex() == I) ||
            (!PC->isParamIndexValid() && (*Params)[I].Name == Name))
          (*Params)[I].Doc = Text;
      continue;
    }
    if (isa<comments::TParamCommandComment>(Block))
      continue;
    if (const auto *BC = dyn_cast<comments::BlockCommandComment>(Block)) {
      if (!BC->getParagraph())
        continue;
      std::string Text = paragraphText(BC->getParagraph());
      if (Traits.getCommandInfo(BC->getCommandID())->IsReturnsCommand) {
        if (Returns)
          *Returns = cleanText(Text);
        continue;
      }
      appendParagraph(Out, Text);
      continue;
    }
    if (const auto *VB = dyn_cast<comments::VerbatimBlockComment>(Block)) {
      std::string Text;
      for (unsigned I = 0, E = VB->getNumLines(); I != E; ++I)
        Text += (I ? "\n" : "") + VB->getText(I).rtrim().str();
      appendParagraph(Out, Text);
      continue;
    }
    if (const auto *VL = dyn_cast<comments::VerbatimLineComment>(Block))
      appendParagraph(Out, VL->getText().trim());
  }
  return cleanText(Out);
}

} // namespace wasmport::frontend
