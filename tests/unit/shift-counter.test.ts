import { describe, expect, it } from 'vitest';
import { createShiftCounter, pressWindowMs } from '../../src/scripts/shift-counter';

function press(counter: ReturnType<typeof createShiftCounter>, time: number, code = 'ShiftLeft') {
  counter.keyDown('Shift', code, time);
  return counter.keyUp('Shift', code, time + 50);
}

describe('Shift three times', () => {
  it('counts down to exit', () => {
    const counter = createShiftCounter();
    expect(press(counter, 0)).toBe(2);
    expect(press(counter, 500)).toBe(1);
    expect(press(counter, 1000)).toBe(0);
    expect(press(counter, 1500)).toBe(2); // starts again after an exit
  });

  it('starts again when presses are too far apart', () => {
    const counter = createShiftCounter();
    press(counter, 0);
    expect(press(counter, pressWindowMs + 1000)).toBe(2);
  });

  it('resets on any other key', () => {
    const counter = createShiftCounter();
    press(counter, 0);
    press(counter, 100);
    counter.keyDown('a', 'KeyA', 200);
    counter.keyUp('a', 'KeyA', 250);
    expect(press(counter, 300)).toBe(2);
  });

  it('does not count Shift used as a modifier', () => {
    const counter = createShiftCounter();
    press(counter, 0);
    counter.keyDown('Shift', 'ShiftLeft', 100);
    counter.keyDown('A', 'KeyA', 150);
    counter.keyUp('A', 'KeyA', 200);
    expect(counter.keyUp('Shift', 'ShiftLeft', 250)).toBeUndefined();
    expect(press(counter, 300)).toBe(2);
  });

  it('counts both Shift keys pressed together as one press', () => {
    const counter = createShiftCounter();
    counter.keyDown('Shift', 'ShiftLeft', 0);
    counter.keyDown('Shift', 'ShiftRight', 10);
    expect(counter.keyUp('Shift', 'ShiftLeft', 60)).toBeUndefined();
    expect(counter.keyUp('Shift', 'ShiftRight', 70)).toBe(2);
    expect(press(counter, 200, 'ShiftRight')).toBe(1);
    expect(press(counter, 400)).toBe(0);
  });
});
