// Run once on the shared built-ins before they are sealed. The interpreter counts instructions of
// scripts only, not the loops inside native built-ins, so the built-ins whose work grows with a
// length the script chooses refuse lengths above a bound. Called with (global, maxElements); returns
// every object reachable from the built-ins (properties, accessors, prototypes, and the prototypes
// of iterators and generators), for the engine to seal.
(function (global, maxElements) {
  'use strict';
  var nativeApply = Function.prototype.apply;
  function refuse(what) {
    throw new RangeError(what + ' is limited to ' + maxElements + ' elements in codec scripts');
  }
  function guardMethods(proto, owner, names, lengthOf) {
    names.forEach(function (name) {
      var original = proto[name];
      if (typeof original !== 'function') {
        return;
      }
      Object.defineProperty(proto, name, {
        value: function () {
          if (lengthOf(this, arguments) > maxElements) {
            refuse(owner + '.' + name);
          }
          return nativeApply.call(original, this, arguments);
        },
        writable: true, configurable: true, enumerable: false
      });
    });
  }
  function lengthOfThis(self) {
    return self == null ? 0 : Number(Object(self).length) || 0;
  }
  guardMethods(Array.prototype, 'Array.prototype', ['fill', 'join', 'toString',
    'toLocaleString', 'indexOf', 'lastIndexOf', 'includes', 'reverse', 'sort', 'splice', 'slice',
    'copyWithin', 'forEach', 'map', 'filter', 'reduce', 'reduceRight', 'some', 'every', 'find',
    'findIndex', 'flat', 'flatMap', 'unshift', 'shift', 'push', 'pop', 'keys', 'values',
    'entries'], lengthOfThis);
  guardMethods(Array.prototype, 'Array.prototype', ['concat'], function (self, args) {
    var n = lengthOfThis(self);
    for (var i = 0; i < args.length; i++) {
      n += Array.isArray(args[i]) ? args[i].length : 1;
    }
    return n;
  });
  guardMethods(String.prototype, 'String.prototype', ['repeat'], function (self, args) {
    return String(self).length * (Number(args[0]) || 0);
  });
  guardMethods(String.prototype, 'String.prototype', ['padStart', 'padEnd'],
    function (self, args) { return Number(args[0]) || 0; });
  guardMethods(Function.prototype, 'Function.prototype', ['apply'], function (self, args) {
    return args.length > 1 ? lengthOfThis(args[1]) : 0;
  });
  guardMethods(Array, 'Array', ['from'], function (self, args) { return lengthOfThis(args[0]); });
  guardMethods(Array, 'Array', ['of'], function (self, args) { return args.length; });

  var seen = new Set();
  var found = [];
  var pending = [global];
  function visit(value) {
    if (value !== null && (typeof value === 'object' || typeof value === 'function')
        && !seen.has(value)) {
      seen.add(value);
      found.push(value);
      pending.push(value);
    }
  }
  var samples = [[].values(), ''[Symbol.iterator](), new Map().entries(), new Set().values(),
    /a/g, Promise.resolve(0)];
  try {
    samples.push(eval('(function* () {})'), eval('(function* () {})')());
  } catch (e) {
    // no generators at this language level
  }
  samples.forEach(visit);
  while (pending.length > 0) {
    var object = pending.pop();
    var keys;
    try {
      visit(Object.getPrototypeOf(object));
      keys = Object.getOwnPropertyNames(object).concat(Object.getOwnPropertySymbols(object));
    } catch (e) {
      continue; // not an ordinary object: nothing to walk
    }
    for (var i = 0; i < keys.length; i++) {
      try {
        var d = Object.getOwnPropertyDescriptor(object, keys[i]);
        if (d) {
          visit(d.value);
          visit(d.get);
          visit(d.set);
        }
      } catch (e) {
        // a property that cannot be described is skipped
      }
    }
  }
  return found;
})
