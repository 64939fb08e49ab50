// Classes C++ owns (docs/Types.md#classes-c-owns): a foreign one made and
// destroyed by its world, own ones with a private or protected destructor,
// and a class JS owns derived from one of them.
#include "foreign_owned.h"

#include <wasmport/wasmport.h>

using World [[wasmport::export]] = lib::world;
using Contact [[wasmport::export]] = lib::contact;

/// A node of a tree that owns its children; JS only borrows nodes.
class [[wasmport::export]] Node {
public:
  Node() = default;
  int value() const { return val; }
  void setValue(int v) { val = v; }
  Node *child() { return kid; }
  Node &grow(int v) {
    delete kid;
    kid = new Node;
    kid->val = v;
    return *kid;
  }

protected:
  virtual ~Node() { delete kid; }

private:
  friend class Tree;
  Node *kid = nullptr;
  int val = 0;
};

/// The root of a tree: JS owns it (a public destructor).
class [[wasmport::export]] Tree : public Node {
public:
  Tree() { ++count; }
  ~Tree() override { --count; }
  Node &root() { return *this; }
  static int trees() { return count; }

private:
  static inline int count = 0;
};

/// Registers one object per call: C++ destroys it itself (no public one).
class [[wasmport::export]] Registry {
  friend Registry &registry();
  Registry() = default;
  ~Registry() = default;

public:
  int size() const { return entries; }
  void add() { ++entries; }

private:
  int entries = 0;
};

[[wasmport::export]] Registry &registry() {
  static Registry *r = new Registry;
  return *r;
}
