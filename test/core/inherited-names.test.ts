import { progress, target, value } from '../../src/lib';
import { readMark } from '../../src/core/validate/marks';
import { isKuseiError } from '../../src/core/result';

// Domain §3: what cannot be read is an error, never a guess. Words looked up in the core's tables must
// not find Object.prototype's members: "5constructor" is not 5 of some unit called "constructor".
const INHERITED = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

describe('names inherited from Object.prototype are not words of the domain', () => {
  it.each(INHERITED)('value("5%s") is an error, not 5', (name) => {
    expect(isKuseiError(value(`5${name}`))).toBe(true);
  });

  // Target texts are prose, so unknown words between the number and 以上 are passed over (see
  // docs/rules.md); an inherited name must be just such an unknown word, never a unit.
  it.each(INHERITED)('target("50%s以上") has no unit, like any unknown word', (name) => {
    const read = target(`50${name}以上`);
    expect(!isKuseiError(read) && read.unit).toBeNull();
  });

  it.each(INHERITED)('progress with direction "%s" is #VALUE!', (name) => {
    const result = progress('20%', '50%以上', null, name);
    expect(isKuseiError(result) && result.error).toBe('#VALUE!');
  });

  it.each(INHERITED)('a mark cell holding "%s" is not a mark', (name) => {
    expect(readMark(name)).toBeNull();
  });
});
