// A library's header the binding cannot change: objects the library makes
// and destroys itself (as Box2D's b2Body and b2Contact), a destructor that
// is protected (as tinyxml2's XMLElement).
#ifndef FOREIGN_OWNED_H
#define FOREIGN_OWNED_H

namespace lib {
class world;

// Made and destroyed by world only; polymorphic, its destructor private.
class contact {
  friend class world;
  contact(int a, int b) : first(a), second(b) {}
  virtual ~contact() = default;

public:
  int sum() const { return first + second; }
  contact *next() const { return link; }
  contact duplicate() const; // By value: left out, C++ owns contacts.
  int first, second;

private:
  contact *link = nullptr;
};

class world {
public:
  world() = default;
  ~world() {
    while (contacts)
      destroyContact(contacts);
  }
  contact *createContact(int a, int b) {
    contact *c = new contact(a, b);
    c->link = contacts;
    contacts = c;
    ++live;
    return c;
  }
  void destroyContact(contact *c) {
    for (contact **p = &contacts; *p; p = &(*p)->link)
      if (*p == c) {
        *p = c->link;
        delete c;
        --live;
        return;
      }
  }
  contact *contactList() { return contacts; }
  static int liveContacts() { return live; }

private:
  contact *contacts = nullptr;
  static inline int live = 0;
};
} // namespace lib

#endif
