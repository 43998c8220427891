import { describe, expect, it } from 'vitest';
import { pasteProblem } from './paste-problem';
import type { PickField } from './records';

// Why a paste was refused, said of this paste (look verdict 8, new problem 8).

const STORE = '5ac428108b2c3703c514adae';
const CLIENT = '9f3c2a1b4d5e6f70';
const SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

describe('pasteProblem', () => {
  const cases: [string, PickField, string, string, string[]][] = [
    // name, field, the paste (as sent), the message key, its numbers
    ['a Store ID with its start lost (verdict 8’s paste)', 'storeId', STORE.slice(3), 'pasteWhy_short_exact', ['21', '24']],
    ['a Store ID with a character more', 'storeId', `${STORE}0`, 'pasteWhy_long_exact', ['25', '24']],
    ['a Store ID in capitals', 'storeId', STORE.toUpperCase(), 'pasteWhy_characters_storeId', []],
    ['a Store ID with a space inside', 'storeId', `${STORE.slice(0, 12)} ${STORE.slice(12)}`, 'pasteWhy_space', []],
    ['a store’s name, not its ID: its space first', 'storeId', 'Anadolu Halı', 'pasteWhy_space', []],
    ['a short word: its characters before its length', 'storeId', 'xyz', 'pasteWhy_characters_storeId', []],
    ['a Client ID cut short', 'clientId', CLIENT.slice(0, 10), 'pasteWhy_short_min', ['10', '12']],
    ['a Client ID with a Turkish letter', 'clientId', `${CLIENT}ş`, 'pasteWhy_characters', []],
    ['a word where a Client ID goes', 'clientId', 'Regenerate-all', 'pasteWhy_noDigit', []],
    ['a Client secret cut short', 'secret', SECRET.slice(0, 8), 'pasteWhy_short_min', ['8', '16']],
    ['a Client secret too long', 'secret', SECRET.repeat(9), 'pasteWhy_long_max', ['288', '256']],
    ['a Client secret with a colon', 'secret', `key:${SECRET}`, 'pasteWhy_characters', []],
    ['nothing pasted: the rule restated', 'storeId', '', 'pasteBad_storeId', []],
    ['a Client ID of the right shape refused all the same (a known secret): the rule restated', 'clientId', SECRET, 'pasteBad_clientId', []],
  ];
  it.each(cases)('%s', (_name, field, value, key, numbers) => {
    expect(pasteProblem(field, value)).toEqual({ key, numbers });
  });
});
