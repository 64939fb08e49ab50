// tinyxml2 9.0.0 through test/libs/tinyxml2/binding.cpp (run.sh builds the
// package and passes its path in TINYXML2_PKG). Every test frees what it
// made and leaves no C++ object alive.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { pathToFileURL } from 'node:url';

const m = await import(pathToFileURL(process.env.TINYXML2_PKG).href);

afterEach(() => {
  assert.equal(m.__wasmport.liveObjects(), 0, 'objects left alive');
});

const xml = '<scene name="stack"><box id="1" mass="2.5"/><box id="2"/>' +
  '<note>hello &amp; bye</note></scene>';

test('parsing and walking a document that owns its elements', () => {
  const doc = new m.XMLDocument(); // both parameters defaulted
  assert.equal(doc.Parse(xml), m.XMLError.XML_SUCCESS);
  const root = doc.RootElement();
  assert.ok(root instanceof m.XMLElement);
  assert.ok(root instanceof m.XMLNode);
  assert.equal(root.Name(), 'scene');
  assert.equal(root.Attribute('name'), 'stack');
  assert.equal(root.Attribute('name', 'other'), null); // value given: a match test
  assert.equal(root.Attribute('name', 'stack'), 'stack');
  assert.equal(root.Attribute('missing'), null);
  const ids = [];
  for (let e = root.FirstChildElement('box'); e; e = e.NextSiblingElement('box'))
    ids.push(e.IntAttribute('id'));
  assert.deepEqual(ids, [1, 2]);
  const first = root.FirstChildElement(); // the default argument: any name
  assert.equal(first.Name(), 'box');
  assert.equal(first.DoubleAttribute('mass'), 2.5);
  assert.equal(root.FirstChildElement('box').NextSiblingElement().IntAttribute('mass', 7), 7);
  assert.equal(root.FirstChildElement('note').GetText(), 'hello & bye');
  let children = 0;
  for (let e = root.FirstChildElement(); e; e = e.NextSiblingElement()) children++;
  assert.equal(children, 3);
  // Elements are the document's: JS can neither free nor construct them.
  assert.throws(() => first.free(), TypeError);
  assert.throws(() => new m.XMLElement(), TypeError);
  doc.free(); // frees every element with it
});

test('foreign overloads are tried in declaration order', () => {
  const doc = new m.XMLDocument(true, m.Whitespace.COLLAPSE_WHITESPACE);
  const e = doc.NewElement('e');
  doc.InsertEndChild(e);
  // SetAttribute(name, const char* | int | unsigned | int64_t | uint64_t |
  // bool | double | float): the first overload whose checks accept the value.
  e.SetAttribute('s', 'text');
  e.SetAttribute('i', 5);
  e.SetAttribute('d', 2.5);
  e.SetAttribute('b', true);
  e.SetAttribute('big', 1n << 40n);
  assert.equal(e.Attribute('s'), 'text');
  assert.equal(e.Attribute('i'), '5');
  assert.equal(e.Attribute('d'), '2.5');
  assert.equal(e.Attribute('b'), 'true');
  assert.equal(e.Attribute('big'), '1099511627776');
  assert.throws(() => e.SetAttribute('x', {}), (err) =>
    err instanceof TypeError && /SetAttribute/.test(err.message));
  assert.equal(e.IntAttribute('i'), 5);
  assert.equal(e.DoubleAttribute('d'), 2.5);
  assert.equal(e.BoolAttribute('b'), true);
  // XMLPrinter(FILE* file = 0, bool compact = false, int depth = 0): the
  // FILE* cannot cross, but it and all after it have defaults, so they are
  // left to them: new XMLPrinter() prints to memory.
  const printer = new m.XMLPrinter();
  doc.Print(printer);
  assert.match(printer.CStr(), /<e s="text" i="5"/);
  printer.free();
  doc.free();
});

test('errors, and the renamed and left-out members', () => {
  const doc = new m.XMLDocument();
  assert.equal(doc.Parse('<a><b></a>'), m.XMLError.XML_ERROR_MISMATCHED_ELEMENT);
  assert.equal(doc.Error(), true);
  assert.equal(doc.ErrorID(), m.XMLError.XML_ERROR_MISMATCHED_ELEMENT);
  assert.match(doc.errorText(), /XML_ERROR_MISMATCHED_ELEMENT/);
  assert.equal(typeof doc.ErrorStr, 'undefined');
  assert.equal(typeof doc.SaveFile, 'undefined');
  doc.free();
});

test('many documents: memory does not grow', () => {
  for (let round = 0; round < 3; round++) {
    const before = m.__wasmport.memory().buffer.byteLength;
    for (let i = 0; i < 2000; i++) {
      const doc = new m.XMLDocument();
      doc.Parse(xml);
      assert.equal(doc.RootElement().FirstChildElement('note').GetText(), 'hello & bye');
      doc.free();
    }
    if (round > 0) assert.equal(m.__wasmport.memory().buffer.byteLength, before);
  }
});
