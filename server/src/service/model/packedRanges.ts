import { Scalar } from 'yaml';

/**
 * Keeps each `yaml` node's source range as three small integers on the node instead of an array.
 *
 * The composer gives every scalar, map, sequence and alias a `range` array `[start, valueEnd,
 * nodeEnd]`: 72 bytes each (an array and its backing store) for three offsets. A 50,000-line file
 * has ~140,000 such nodes, so its ranges alone were ~10 MB of the ~34 MB its trees keep for as long
 * as it is open (bench/README.md, "Memory"); as three in-object fields they cost 24 bytes.
 *
 * Why an accessor on the nodes' shared prototype: the composer assigns `node.range = [...]` while
 * it builds the tree, and an assignment to a property that the prototype defines with a setter
 * calls the setter instead of creating an own property, so the array is dropped as soon as it is
 * made. Removing the property afterwards would not do: a `delete` turns the node into a slow
 * dictionary object, larger than before. Readers see no difference: `node.range` is still
 * `[start, valueEnd, nodeEnd]` (a new array per read; reads happen for the few nodes a diagnostic,
 * hover, completion or fix points at), and `undefined` for a node built in code without one.
 * The `yaml` package only reads `range` itself in `clone()`, which copies it through the same pair,
 * with one exception: an empty value followed by a comment (`resources: # todo`) gets its range
 * assigned and then its end moved with `node.range[2] = end`, a write into the array read back. On a
 * fresh copy that write would be lost, and with it the end of every map holding such a value
 * (`resources:` would seem to end before its comment). Such a node's range is zero-width until
 * then, and empty values are few, so a zero-width range keeps its array.
 */
interface Packed {
  rangeStart?: number;
  rangeValueEnd?: number;
  rangeNodeEnd?: number;
  rangeOfEmpty?: [number, number, number];
}

const nodeBase = Object.getPrototypeOf(Scalar.prototype) as object;

if (!Object.getOwnPropertyDescriptor(nodeBase, 'range')) {
  Object.defineProperty(nodeBase, 'range', {
    configurable: true,
    enumerable: false,
    get(this: Packed): [number, number, number] | undefined {
      if (this.rangeOfEmpty) return this.rangeOfEmpty;
      return this.rangeStart === undefined ? undefined : [this.rangeStart, this.rangeValueEnd!, this.rangeNodeEnd!];
    },
    set(this: Packed, range: readonly [number, number, number] | undefined) {
      if (this.rangeOfEmpty) this.rangeOfEmpty = undefined;
      if (range && range[0] === range[1]) {
        this.rangeOfEmpty = [range[0], range[1], range[2]];
        this.rangeStart = undefined;
      } else if (range) {
        this.rangeStart = range[0];
        this.rangeValueEnd = range[1];
        this.rangeNodeEnd = range[2];
      } else if (this.rangeStart !== undefined) {
        this.rangeStart = undefined;
      }
    },
  });
}
