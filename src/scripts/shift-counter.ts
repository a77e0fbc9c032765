/**
 * Counts deliberate presses of Shift for the quick-exit shortcut. Pure: the caller feeds key
 * events in and gets back how many presses are still needed (0 means "exit now").
 *
 * A press counts when every Shift key is released and no other key was pressed meanwhile,
 * so Shift+A never counts and pressing both Shift keys together counts once.
 */
export const pressesNeeded = 3;
export const pressWindowMs = 5000;

export interface ShiftCounter {
  keyDown(key: string, code: string, time: number): number | undefined;
  keyUp(key: string, code: string, time: number): number | undefined;
  reset(): void;
}

export function createShiftCounter(): ShiftCounter {
  let count = 0;
  let lastPress = -Infinity;
  let usedAsModifier = false;
  const held = new Set<string>();

  const reset = () => {
    count = 0;
    usedAsModifier = false;
    held.clear();
  };

  return {
    reset,
    keyDown(key, code) {
      if (key === 'Shift') {
        if (held.size === 0) usedAsModifier = false;
        held.add(code);
        return undefined;
      }
      // Any other key: Shift was a modifier, or the visitor is typing. Start again.
      count = 0;
      usedAsModifier = held.size > 0;
      return undefined;
    },
    keyUp(key, code, time) {
      if (key !== 'Shift') return undefined;
      held.delete(code);
      if (held.size > 0) return undefined;
      if (usedAsModifier) {
        usedAsModifier = false;
        return undefined;
      }
      count = time - lastPress <= pressWindowMs ? count + 1 : 1;
      lastPress = time;
      const remaining = pressesNeeded - count;
      if (remaining <= 0) count = 0;
      return remaining;
    },
  };
}
