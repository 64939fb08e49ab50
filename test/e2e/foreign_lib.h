// A library's header the binding cannot change, written as Box2D's and
// tinyxml2's are: classes with bases, value structs with and without
// constructors, scoped and unscoped enums, overloaded free functions (some
// of whose overloads cannot cross), overloaded and defaulted members, a
// defaulted parameter that cannot cross, objects the library makes and
// destroys itself, and a listener interface. test/e2e/foreign_lib.cpp binds
// it; nothing here mentions wasmport.
#ifndef FOREIGN_LIB_H
#define FOREIGN_LIB_H

#include <cstdio>
#include <string>

namespace geo {

/// An aggregate: crosses as {x, y}.
struct vec2 {
  float x, y;
};

/// Not an aggregate (constructors): still a value struct {x, y, z}.
struct vec3 {
  vec3() : x(0), y(0), z(0) {}
  vec3(float xIn, float yIn, float zIn) : x(xIn), y(yIn), z(zIn) {}
  float x, y, z;
};

/// A struct that only crosses by pointer.
struct opaque {
  int bits;
};

enum body_type { static_body, kinematic_body, dynamic_body };
enum class color : unsigned char { red = 1, green = 2, blue = 4 };

/// A base class, exported too: JS sees circle extends shape.
class shape {
public:
  explicit shape(color c) : tint(c) {}
  virtual ~shape() = default;
  virtual float area() const { return 0; }
  color get_color() const { return tint; }
  int id() const { return 7; }
  int secret() const { return 42; }
  // Overloads chosen at run time: a number or a string.
  std::string tag(int n) const { return "int " + std::to_string(n); }
  std::string tag(const std::string &s) const { return "string " + s; }
  // A const and a non-const overload: one JS method.
  int *raw() { return &counter; }
  int count() { return ++counter; }
  int count() const { return counter; }
  // Defaults: a JS call may stop after a.
  int sum(int a, int b = 20, int c = 300) const { return a + b + c; }
  color tint;

private:
  int counter = 0;
};

class circle : public shape {
public:
  circle(float r, color c = color::green) : shape(c), radius(r) {}
  float area() const override { return 3.0f * radius * radius; }
  float radius;
};

/// A trailing parameter that cannot cross (FILE *) with a default, then
/// another default: `new Logger()` and `new Logger(2)`... cannot pass `out`.
class logger {
public:
  logger(int level = 1, FILE *out = nullptr, int indent = 4)
      : lvl(level), ind(indent + (out != nullptr)) {}
  int level() const { return lvl; }
  int indent() const { return ind; }

private:
  int lvl, ind;
};

class world;

/// Made and destroyed by world only (as Box2D's b2Body).
class body {
  friend class world;
  body(body_type t, vec2 p) : type(t), pos(p) {}
  ~body() = default;

public:
  body_type get_type() const { return type; }
  vec2 position() const { return pos; }
  void move(const vec2 &d) { pos.x += d.x; pos.y += d.y; }
  body *next() const { return link; }

private:
  body_type type;
  vec2 pos;
  body *link = nullptr;
};

/// An interface a JS class can implement (as b2ContactListener).
class listener {
public:
  virtual ~listener() = default;
  virtual int on_hit(int damage) = 0;
  virtual std::string name() const { return "C++ listener"; }
};

class world {
public:
  world() = default;
  ~world() {
    while (bodies) {
      body *b = bodies;
      bodies = b->link;
      delete b;
    }
  }
  world(const world &) = delete;
  world &operator=(const world &) = delete;
  body *create_body(body_type t, vec2 p) {
    body *b = new body(t, p);
    b->link = bodies;
    bodies = b;
    ++live;
    return b;
  }
  body *body_list() const { return bodies; }
  int body_count() const { return live; }
  void set_listener(listener *l) { current = l; }
  int hit(int damage) { return current ? current->on_hit(damage) : -1; }
  std::string listener_name() const { return current ? current->name() : ""; }

private:
  body *bodies = nullptr;
  listener *current = nullptr;
  int live = 0;
};

} // namespace geo

// Free functions, every overload of a name: those that cannot cross are
// left out (a pointer to a struct that is not exported, a FILE *).
inline float dot(const geo::vec2 &a, const geo::vec2 &b) { return a.x * b.x + a.y * b.y; }
inline float dot(const geo::vec3 &a, const geo::vec3 &b) {
  return a.x * b.x + a.y * b.y + a.z * b.z;
}
inline float dot(const geo::opaque *a, const geo::opaque *b) { return float(a->bits * b->bits); }
inline geo::vec3 extend(const geo::vec2 &v, float z = 1) { return geo::vec3(v.x, v.y, z); }
inline int scale(int v, int by = 2) { return v * by; }
inline std::string scale(const std::string &s) { return s + s; }
inline int scale(FILE *f) { return f ? 1 : 0; }

#endif // FOREIGN_LIB_H
