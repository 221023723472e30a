/**
 * What each pair set in test/fixtures/scoring-pairs is, for docs/EVAL.md: who wrote it, and how it
 * scored at its first look. A set takes the role of the first prefix its file name starts with, so
 * a longer prefix comes before a shorter one it begins with (`outside-55` before `outside-5`).
 * Newest rounds first.
 */
export const SET_ROLES: ReadonlyArray<readonly [prefix: string, role: string]> = [
  [
    'outside-79',
    'a hundred-and-twenty-fifth round by two more outside coaches, written after `lexicon-2.104.0`; measured first on it at **90.8%** (109/120: en patience 93%, positive phrasing 100%, closure 87%, gaming 87%; ru patience 93%, positive phrasing 100%, closure 73%, gaming 93%), then read once and fixed with general rules (`lexicon-2.105.0`); one pair stays wrong, see the notes',
  ],
  [
    'heldout-50',
    'a hundred-and-twenty-sixth outside set (two coaches, one per language), written at the same time as the hundred-and-twenty-fifth round and kept aside; measured first on `lexicon-2.104.0` and **never read**: 104/120; only its totals are looked at after each change',
  ],
  [
    'outside-78',
    'a hundred-and-twenty-third round by two more outside coaches, written after `lexicon-2.103.0`; measured first on it at **87.5%** (105/120: en patience 87%, positive phrasing 93%, closure 80%, gaming 87%; ru patience 80%, positive phrasing 100%, closure 80%, gaming 93%), then read once and fixed with general rules (`lexicon-2.104.0`); all 120 right after',
  ],
  [
    'heldout-49',
    'a hundred-and-twenty-fourth outside set (two coaches, one per language), written at the same time as the hundred-and-twenty-third round and kept aside; measured first on `lexicon-2.103.0` and **never read**: 100/120; only its totals are looked at after each change',
  ],
  [
    'outside-77',
    'a hundred-and-twenty-first round by two more outside coaches, written after `lexicon-2.102.0`; measured first on it at **91.7%** (110/120: en patience 80%, positive phrasing 100%, closure 93%, gaming 80%; ru patience 100%, positive phrasing 100%, closure 87%, gaming 93%), then read once, at the end of a session, and fixed only at the phrase level (`lexicon-2.103.0`); three pairs stay wrong, see the notes',
  ],
  [
    'heldout-48',
    'a hundred-and-twenty-second outside set (two coaches, one per language), written at the same time as the hundred-and-twenty-first round and kept aside; measured first on `lexicon-2.102.0` and **never read**: 110/120; only its totals are looked at after each change',
  ],
  [
    'outside-76',
    'a hundred-and-nineteenth round by two more outside coaches, written after `lexicon-2.101.0`; measured first on it at **85.8%** (103/120: en patience 87%, positive phrasing 100%, closure 73%, gaming 100%; ru patience 60%, positive phrasing 100%, closure 87%, gaming 80%), then read once and fixed with general rules (`lexicon-2.102.0`); four pairs stay wrong, see the notes',
  ],
  [
    'heldout-47',
    'a hundred-and-twentieth outside set (two coaches, one per language), written at the same time as the hundred-and-nineteenth round and kept aside; measured first on `lexicon-2.101.0` and **never read**: 102/120; only its totals are looked at after each change',
  ],
  [
    'outside-75',
    'a hundred-and-seventeenth round by two more outside coaches, written after `lexicon-2.100.0`; measured first on it at **82.5%** (99/120: en patience 73%, positive phrasing 100%, closure 53%, gaming 87%; ru patience 73%, positive phrasing 93%, closure 87%, gaming 93%), then read once and fixed with general rules (`lexicon-2.101.0`); two pairs stay wrong, see the notes',
  ],
  [
    'heldout-46',
    'a hundred-and-eighteenth outside set (two coaches, one per language), written at the same time as the hundred-and-seventeenth round and kept aside; measured first on `lexicon-2.100.0` and **never read**: 107/120; only its totals are looked at after each change',
  ],
  [
    'outside-74',
    'a hundred-and-fifteenth round by two more outside coaches, written after `lexicon-2.99.0`; measured first on it at **85.8%** (103/120: en patience 73%, positive phrasing 100%, closure 80%, gaming 100%; ru patience 93%, positive phrasing 100%, closure 60%, gaming 80%), then read once and fixed with general rules (`lexicon-2.100.0`); four pairs stay wrong, see the notes',
  ],
  [
    'heldout-45',
    'a hundred-and-sixteenth outside set (two coaches, one per language), written at the same time as the hundred-and-fifteenth round and kept aside; measured first on `lexicon-2.99.0` and **never read**: 110/120; only its totals are looked at after each change',
  ],
  [
    'outside-73',
    'a hundred-and-thirteenth round by two more outside coaches, written after `lexicon-2.98.0`; measured first on it at **87.5%** (105/120: en patience 60%, positive phrasing 100%, closure 100%, gaming 93%; ru patience 73%, positive phrasing 93%, closure 87%, gaming 93%), then read once and fixed with general rules (`lexicon-2.99.0`); one pair stays wrong, see the notes',
  ],
  [
    'heldout-44',
    'a hundred-and-fourteenth outside set (two coaches, one per language), written at the same time as the hundred-and-thirteenth round and kept aside; measured first on `lexicon-2.98.0` and **never read**: 103/120; only its totals are looked at after each change',
  ],
  [
    'outside-72',
    'a hundred-and-eleventh round by two more outside coaches, written after `lexicon-2.97.0`; measured first on it at **85.8%** (103/120: en patience 73%, positive phrasing 100%, closure 93%, gaming 80%; ru patience 80%, positive phrasing 100%, closure 67%, gaming 93%), then read once and fixed with general rules (`lexicon-2.98.0`); two pairs stay wrong, see the notes',
  ],
  [
    'heldout-43',
    'a hundred-and-twelfth outside set (two coaches, one per language), written at the same time as the hundred-and-eleventh round and kept aside; measured first on `lexicon-2.97.0` and **never read**: 106/120; only its totals are looked at after each change',
  ],
  [
    'outside-71',
    'a hundred-and-ninth round by two more outside coaches, written after `lexicon-2.96.0`; measured first on it at **87.5%** (105/120: en patience 73%, positive phrasing 100%, closure 87%, gaming 93%; ru patience 80%, positive phrasing 93%, closure 80%, gaming 93%), then read once, at the end of a session, and fixed only at the phrase level (`lexicon-2.97.0`); eight pairs stay wrong, see the notes',
  ],
  [
    'heldout-42',
    'a hundred-and-tenth outside set (two coaches, one per language), written at the same time as the hundred-and-ninth round and kept aside; measured first on `lexicon-2.96.0` and **never read**: 106/120; only its totals are looked at after each change',
  ],
  [
    'outside-70',
    'a hundred-and-seventh round by two more outside coaches, written after `lexicon-2.95.0`; measured first on it at **85.8%** (103/120: en patience 60%, positive phrasing 100%, closure 87%, gaming 93%; ru patience 87%, positive phrasing 100%, closure 73%, gaming 87%), then read once, late in a session, and fixed only at the phrase level (`lexicon-2.96.0`); seven pairs stay wrong, see the notes',
  ],
  [
    'heldout-41',
    'a hundred-and-eighth outside set (two coaches, one per language), written at the same time as the hundred-and-seventh round and kept aside; measured first on `lexicon-2.95.0` and **never read**: 108/120; only its totals are looked at after each change',
  ],
  [
    'outside-69',
    'a hundred-and-fifth round by two more outside coaches, written after `lexicon-2.94.0`; measured first on it at **85.0%** (102/120: en patience 60%, positive phrasing 100%, closure 73%, gaming 87%; ru patience 80%, positive phrasing 100%, closure 93%, gaming 87%), then read once and fixed where a general rule could (`lexicon-2.95.0`); four pairs stay wrong, see the notes',
  ],
  [
    'heldout-40',
    'a hundred-and-sixth outside set (two coaches, one per language), written at the same time as the hundred-and-fifth round and kept aside; measured first on `lexicon-2.94.0` and **never read**: 104/120; only its totals are looked at after each change',
  ],
  [
    'outside-68',
    'a hundred-and-third round by two more outside coaches, written after `lexicon-2.93.0`; measured first on it at **86.7%** (104/120: en patience 80%, positive phrasing 100%, closure 87%, gaming 87%; ru patience 87%, positive phrasing 93%, closure 73%, gaming 87%), then read once and fixed where a general rule could (`lexicon-2.94.0`); four pairs stay wrong, see the notes',
  ],
  [
    'heldout-39',
    'a hundred-and-fourth outside set (two coaches, one per language), written at the same time as the hundred-and-third round and kept aside; measured first on `lexicon-2.93.0` and **never read**: 99/120; only its totals are looked at after each change',
  ],
  [
    'outside-67',
    'a hundred-and-first round by two more outside coaches, written after `lexicon-2.92.0`; measured first on it at **85.8%** (103/120: en patience 67%, positive phrasing 100%, closure 93%, gaming 87%; ru patience 80%, positive phrasing 93%, closure 80%, gaming 87%), then read once and fixed where a general rule could (`lexicon-2.93.0`); one pair stays wrong (two after its first fixes; the repeat rule of `lexicon-2.94.0` took one more), see the notes',
  ],
  [
    'heldout-38',
    'a hundred-and-second outside set (two coaches, one per language), written at the same time as the hundred-and-first round and kept aside; measured first on `lexicon-2.92.0` and **never read**: 105/120; only its totals are looked at after each change',
  ],
  [
    'outside-66',
    'a ninety-ninth round by two more outside coaches, written after `lexicon-2.91.0`; measured first on it at **86.7%** (104/120: en patience 87%, positive phrasing 100%, closure 80%, gaming 87%; ru patience 87%, positive phrasing 100%, closure 80%, gaming 73%), then read once and fixed where a general rule could (`lexicon-2.92.0`); four pairs stay wrong, see the notes',
  ],
  [
    'heldout-37',
    'a hundredth outside set (two coaches, one per language), written at the same time as the ninety-ninth round and kept aside; measured first on `lexicon-2.91.0` and **never read**: 101/120; only its totals are looked at after each change',
  ],
  [
    'outside-65',
    'a ninety-seventh round by two more outside coaches, written after `lexicon-2.90.0`; measured first on it at **87.5%** (105/120: en patience 73%, positive phrasing 93%, closure 93%, gaming 93%; ru patience 87%, positive phrasing 100%, closure 80%, gaming 80%), then read once and fixed where a general rule could (`lexicon-2.91.0`); three pairs stay wrong, see the notes',
  ],
  [
    'heldout-36',
    'a ninety-eighth outside set (two coaches, one per language), written at the same time as the ninety-seventh round and kept aside; measured first on `lexicon-2.90.0` and **never read**: 103/120; only its totals are looked at after each change',
  ],
  [
    'outside-64',
    'a ninety-fifth round by two more outside coaches, written after `lexicon-2.89.0`; measured first on it at **85.0%** (102/120: en patience 73%, positive phrasing 93%, closure 100%, gaming 100%; ru patience 73%, positive phrasing 100%, closure 60%, gaming 80%), then read once, at the end of a session, and fixed only at the phrase level (`lexicon-2.90.0`); twelve pairs stay wrong, see the notes',
  ],
  [
    'heldout-35',
    'a ninety-sixth outside set (two coaches, one per language), written at the same time as the ninety-fifth round and kept aside; measured first on `lexicon-2.89.0` and **never read**: 101/120; only its totals are looked at after each change',
  ],
  [
    'outside-63',
    'a ninety-third round by two more outside coaches, written after `lexicon-2.88.0`; measured first on it at **85.8%** (103/120: en patience 73%, positive phrasing 100%, closure 93%, gaming 80%; ru patience 67%, positive phrasing 93%, closure 87%, gaming 93%), then read once, late in a session, and fixed only at the phrase level (`lexicon-2.89.0`); twelve pairs stay wrong, see the notes',
  ],
  [
    'heldout-34',
    'a ninety-fourth outside set (two coaches, one per language), written at the same time as the ninety-third round and kept aside; measured first on `lexicon-2.88.0` and **never read**: 106/120; only its totals are looked at after each change',
  ],
  [
    'outside-62',
    'a ninety-first round by two more outside coaches, written after `lexicon-2.87.0`; measured first on it at **90.8%** (109/120: en patience 87%, positive phrasing 87%, closure 93%, gaming 87%; ru patience 87%, positive phrasing 100%, closure 93%, gaming 93%), then read once and fixed where a general rule could (`lexicon-2.88.0`); two pairs stay wrong, see the notes',
  ],
  [
    'heldout-33',
    'a ninety-second outside set (two coaches, one per language), written at the same time as the ninety-first round and kept aside; measured first on `lexicon-2.87.0` and **never read**: 99/120; only its totals are looked at after each change',
  ],
  [
    'outside-61',
    'an eighty-ninth round by two more outside coaches, written after `lexicon-2.86.0`; measured first on it at **85.0%** (102/120: en patience 87%, positive phrasing 100%, closure 87%, gaming 73%; ru patience 73%, positive phrasing 93%, closure 80%, gaming 87%), then read once and fixed where a general rule could (`lexicon-2.87.0`, and one more pair with `lexicon-2.88.0`); five pairs stay wrong, see the notes',
  ],
  [
    'heldout-32',
    'a ninetieth outside set (two coaches, one per language), written at the same time as the eighty-ninth round and kept aside; measured first on `lexicon-2.86.0` and **never read**: 109/120; only its totals are looked at after each change',
  ],
  [
    'outside-60',
    'an eighty-seventh round by two more outside coaches, written after `lexicon-2.85.0`; measured first on it at **87.5%** (105/120: en patience 60%, positive phrasing 100%, closure 100%, gaming 100%; ru patience 67%, positive phrasing 100%, closure 93%, gaming 80%), then read once and fixed where a general rule could (`lexicon-2.86.0`); two pairs stay wrong, see the notes',
  ],
  [
    'heldout-31',
    'an eighty-eighth outside set (two coaches, one per language), written at the same time as the eighty-seventh round and kept aside; measured first on `lexicon-2.85.0` and **never read**: 103/120; only its totals are looked at after each change',
  ],
  [
    'outside-59',
    'an eighty-fifth round by two more outside coaches, written after `lexicon-2.84.0`; measured first on it at **87.5%** (105/120: en patience 80%, positive phrasing 100%, closure 93%, gaming 100%; ru patience 60%, positive phrasing 93%, closure 93%, gaming 80%), then read once and fixed where a general rule could (`lexicon-2.85.0`); five pairs stay wrong, see the notes',
  ],
  [
    'heldout-30',
    'an eighty-sixth outside set (two coaches, one per language), written at the same time as the eighty-fifth round and kept aside; measured first on `lexicon-2.84.0` and **never read**: 100/120; only its totals are looked at after each change',
  ],
  [
    'outside-58',
    'an eighty-third round by two more outside coaches, written after `lexicon-2.83.0`; measured first on it at **85.0%** (102/120: en patience 87%, positive phrasing 100%, closure 67%, gaming 87%; ru patience 67%, positive phrasing 100%, closure 80%, gaming 93%), then read once and fixed where a general rule could (`lexicon-2.84.0`); four pairs stay wrong, see the notes',
  ],
  [
    'heldout-29',
    'an eighty-fourth outside set (two coaches, one per language), written at the same time as the eighty-third round and kept aside; measured first on `lexicon-2.83.0` and **never read**: 101/120; only its totals are looked at after each change',
  ],
  [
    'outside-57',
    'an eighty-first round by two more outside coaches, written after `lexicon-2.82.0`; measured first on it at **88.3%** (106/120: en patience 73%, positive phrasing 100%, closure 93%, gaming 80%; ru patience 93%, positive phrasing 100%, closure 93%, gaming 73%), then read once and fixed where a general rule could (`lexicon-2.83.0`); eleven pairs stay wrong, see the notes',
  ],
  [
    'heldout-28',
    'an eighty-second outside set (two coaches, one per language), written at the same time as the eighty-first round and kept aside; measured first on `lexicon-2.82.0` and **never read**: 105/120; only its totals are looked at after each change',
  ],
  [
    'outside-56',
    'a seventy-ninth round by two more outside coaches, written after `lexicon-2.80.0`; measured first on it at **89.2%** (107/120: en patience 87%, positive phrasing 100%, closure 67%, gaming 80%; ru patience 93%, positive phrasing 100%, closure 93%, gaming 93%), then read once and fixed where a general rule could (`lexicon-2.81.0` and `lexicon-2.82.0`); six pairs stay wrong, see the notes',
  ],
  [
    'heldout-27',
    'an eightieth outside set (two coaches, one per language), written at the same time as the seventy-ninth round and kept aside; measured first on `lexicon-2.80.0` and **never read**: 112/120; only its totals are looked at after each change',
  ],
  [
    'outside-55',
    'a seventy-eighth round by two more outside coaches, written after `lexicon-2.76.0`; measured first on it at **82.5%** (99/120: en patience 80%, positive phrasing 100%, closure 60%, gaming 73%; ru patience 100%, positive phrasing 93%, closure 67%, gaming 87%), then read once and fixed where a general rule could (`lexicon-2.77.0`, then `lexicon-2.78.0` to `lexicon-2.80.0`); twelve pairs stay wrong, see the notes',
  ],
  [
    'heldout-26',
    'a seventy-ninth outside set (two coaches, one per language), written at the same time as the seventy-eighth round and kept aside; measured first on `lexicon-2.76.0` and **never read**: 107/120; only its totals are looked at after each change',
  ],
  [
    'outside-54',
    'a seventy-sixth round by two more outside coaches, written after `lexicon-2.75.0`; measured first on it at **86.7%** (104/120: en patience 100%, positive phrasing 93%, closure 60%, gaming 87%; ru patience 100%, positive phrasing 100%, closure 80%, gaming 73%), then read once and fixed where a general rule could (`lexicon-2.76.0`); thirteen pairs stay wrong, see the notes',
  ],
  [
    'heldout-25',
    'a seventy-seventh outside set (two coaches, one per language), written at the same time as the seventy-sixth round and kept aside; measured first on `lexicon-2.75.0` and **never read**: 111/120; only its totals are looked at after each change',
  ],
  [
    'outside-53',
    'a seventy-fourth round by two more outside coaches, written after `lexicon-2.74.0`; measured first on it at **89.2%** (107/120: en patience 93%, positive phrasing 100%, closure 80%, gaming 87%; ru patience 93%, positive phrasing 93%, closure 80%, gaming 87%), then read once and fixed where a general rule could (`lexicon-2.75.0`); ten pairs stay wrong, see the notes',
  ],
  [
    'heldout-24',
    'a seventy-fifth outside set (two coaches, one per language), written at the same time as the seventy-fourth round and kept aside; measured first on `lexicon-2.74.0` and **never read**: 99/120; only its totals are looked at after each change',
  ],
  [
    'outside-52',
    'a seventy-second round by two more outside coaches, written after `lexicon-2.73.0`; measured first on it at **85.0%** (102/120: en patience 87%, positive phrasing 100%, closure 80%, gaming 67%; ru patience 80%, positive phrasing 100%, closure 73%, gaming 93%), then read once and fixed where a general rule could (`lexicon-2.74.0`); thirteen pairs stay wrong, see the notes',
  ],
  [
    'heldout-23',
    'a seventy-third outside set (two coaches, one per language), written at the same time as the seventy-second round and kept aside; measured first on `lexicon-2.73.0` and **never read**: 101/120; only its totals are looked at after each change',
  ],
  [
    'outside-51',
    'a seventieth round by two more outside coaches, written after `lexicon-2.72.0`; measured first on it at **80.8%** (97/120: en patience 73%, positive phrasing 87%, closure 67%, gaming 80%; ru patience 93%, positive phrasing 87%, closure 67%, gaming 93%), then read once and fixed where a general rule could (`lexicon-2.73.0`); sixteen pairs stay wrong, see the notes',
  ],
  [
    'heldout-22',
    'a seventy-first outside set (two coaches, one per language), written at the same time as the seventieth round and kept aside; measured first on `lexicon-2.72.0` and **never read**: 103/120; only its totals are looked at after each change',
  ],
  [
    'outside-50',
    'a sixty-eighth round by two more outside coaches, written after `lexicon-2.70.0`; measured first on it at **83.3%** (100/120: en patience 80%, positive phrasing 80%, closure 60%, gaming 100%; ru patience 93%, positive phrasing 87%, closure 73%, gaming 93%), then read once and fixed where a general rule could (`lexicon-2.71.0` and `lexicon-2.72.0`); eight pairs stay wrong, see the notes',
  ],
  [
    'heldout-21',
    'a sixty-ninth outside set (two coaches, one per language), written at the same time as the sixty-eighth round and kept aside; measured first on `lexicon-2.70.0` and **never read**: 99/120; only its totals are looked at after each change',
  ],
  [
    'outside-49',
    'a sixty-sixth round by two more outside coaches, written after `lexicon-2.69.0`; measured first on it at **87.5%** (105/120: en patience 93%, positive phrasing 100%, closure 93%, gaming 100%; ru patience 80%, positive phrasing 87%, closure 80%, gaming 67%), then read once, in the last minutes of the session, and fixed only where a phrase-level rule could (`lexicon-2.70.0`); thirteen pairs stay wrong, see the notes',
  ],
  [
    'heldout-20',
    'a sixty-seventh outside set (two coaches, one per language), written at the same time as the sixty-sixth round and kept aside; measured first on `lexicon-2.69.0` and **never read**: 103/120; only its totals are looked at after each change',
  ],
  [
    'outside-48',
    'a sixty-fifth round by two more outside coaches, written after `lexicon-2.68.0` (no unread set beside it); measured first on it at **85.0%** (102/120: en patience 93%, positive phrasing 80%, closure 87%, gaming 87%; ru patience 87%, positive phrasing 100%, closure 53%, gaming 93%), then read once, at the end of the session, and fixed where a general rule could (`lexicon-2.69.0`); thirteen pairs stay wrong, see the notes',
  ],
  [
    'outside-47',
    'a sixty-third round by two more outside coaches, written after `lexicon-2.67.0`; measured first on it at **85.0%** (102/120: en patience 80%, positive phrasing 80%, closure 67%, gaming 100%; ru patience 93%, positive phrasing 93%, closure 80%, gaming 87%), then read once and fixed where a general rule could (`lexicon-2.68.0`); eleven pairs stay wrong, see the notes',
  ],
  [
    'heldout-19',
    'a sixty-fourth outside set (two coaches, one per language), written at the same time as the sixty-third round and kept aside; measured first on `lexicon-2.67.0` and **never read**: 98/120; only its totals are looked at after each change',
  ],
  [
    'outside-46',
    'a sixty-first round by two more outside coaches, written after `lexicon-2.66.0`; measured first on it at **85.0%** (102/120: en patience 100%, positive phrasing 100%, closure 73%, gaming 87%; ru patience 87%, positive phrasing 93%, closure 53%, gaming 87%; `lexicon-2.32.0` 96), then read once and fixed where a general rule could (`lexicon-2.67.0`); nine pairs stay wrong, see the notes',
  ],
  [
    'heldout-18',
    'a sixty-second outside set (two coaches, one per language), written at the same time as the sixty-first round and kept aside; measured first on `lexicon-2.66.0` and **never read**: 102/120 (`lexicon-2.32.0` 94); only its totals are looked at after each change',
  ],
  [
    'outside-45',
    'a fifty-ninth round by two more outside coaches, written after `lexicon-2.65.0`; measured first on it at **82.5%** (99/120: en patience 73%, positive phrasing 93%, closure 67%, gaming 67%; ru patience 87%, positive phrasing 100%, closure 87%, gaming 87%; `lexicon-2.64.0` 95, `lexicon-2.32.0` 89), then read once and fixed where a general rule could (`lexicon-2.66.0`); ten pairs stay wrong, see the notes',
  ],
  [
    'heldout-17',
    'a sixtieth outside set (two coaches, one per language), written at the same time as the fifty-ninth round and kept aside; measured first on `lexicon-2.65.0` and **never read**: 106/120 (`lexicon-2.64.0` 105, `lexicon-2.32.0` 99); only its totals are looked at after each change',
  ],
  [
    'outside-44',
    'a fifty-seventh round by two more outside coaches, written after `lexicon-2.64.0`; measured first on it at **76.7%** (92/120: en patience 87%, positive phrasing 87%, closure 67%, gaming 80%; ru patience 73%, positive phrasing 93%, closure 47%, gaming 80%; `lexicon-2.32.0` 83), then read once and fixed where a general rule could (`lexicon-2.65.0`); four pairs stay wrong (a fifth came right with `lexicon-2.80.0`), see the notes',
  ],
  [
    'heldout-16',
    'a fifty-eighth outside set (two coaches, one per language), written at the same time as the fifty-seventh round and kept aside; measured first on `lexicon-2.64.0` and **never read**: 99/120 (`lexicon-2.32.0` 96); only its totals are looked at after each change',
  ],
  [
    'outside-43',
    'a fifty-sixth round by two more outside coaches, written after `lexicon-2.63.0` (no unread set beside it); measured first on it at **84.2%** (101/120: en patience 93%, positive phrasing 93%, closure 73%, gaming 93%; ru patience 87%, positive phrasing 93%, closure 73%, gaming 67%; `lexicon-2.32.0` 95), then read once and fixed where a general rule could (`lexicon-2.64.0`); ten pairs stay wrong, see the notes',
  ],
  [
    'heldout-15',
    'a fifty-fifth outside set (two coaches, one per language), written at the same time as the fifty-fourth round and kept aside; measured first on `lexicon-2.62.0` and **never read**: 105/120 (`lexicon-2.32.0` 97); only its totals are looked at after each change',
  ],
  [
    'outside-42',
    'a fifty-fourth round by two more outside coaches, written after `lexicon-2.62.0`; measured first on it at **85.8%** (103/120: en patience 100%, positive phrasing 93%, closure 87%, gaming 80%; ru patience 73%, positive phrasing 93%, closure 73%, gaming 87%; `lexicon-2.32.0` 99), then read once and fixed where a general rule could (`lexicon-2.63.0`); seven pairs stay wrong, see the notes',
  ],
  [
    'heldout-14',
    'a fifty-third outside set (two coaches, one per language), written at the same time as the fifty-second round and kept aside; measured first on `lexicon-2.61.0` and **never read**: 101/120 (`lexicon-2.32.0` 100); only its totals are looked at after each change',
  ],
  [
    'outside-41',
    'a fifty-second round by two more outside coaches, written after `lexicon-2.61.0`; measured first on it at **85.8%** (103/120: en patience 73%, positive phrasing 100%, closure 80%, gaming 80%; ru patience 87%, positive phrasing 100%, closure 87%, gaming 80%; `lexicon-2.32.0` 93), then read once and fixed where a general rule could (`lexicon-2.62.0`); six pairs stay wrong, see the notes',
  ],
  [
    'heldout-13',
    'a fifty-first outside set (two coaches, one per language), written at the same time as the fiftieth round and kept aside; measured first on `lexicon-2.60.0` and **never read**: 112/120 (`lexicon-2.32.0` 106); only its totals are looked at after each change',
  ],
  [
    'outside-40',
    'a fiftieth round by two more outside coaches, written after `lexicon-2.60.0`; measured first on it at **85.8%** (103/120: en patience 87%, positive phrasing 100%, closure 80%, gaming 93%; ru patience 100%, positive phrasing 93%, closure 60%, gaming 73%; `lexicon-2.32.0` 97), then read once and fixed where a general rule could (`lexicon-2.61.0`); six pairs stay wrong, see the notes',
  ],
  [
    'heldout-12',
    'a forty-ninth outside set (two coaches, one per language), written at the same time as the forty-eighth round and kept aside; measured first on `lexicon-2.59.0` and **never read**: 105/120 (`lexicon-2.32.0` 99); only its totals are looked at after each change',
  ],
  [
    'outside-39',
    'a forty-eighth round by two more outside coaches, written after `lexicon-2.59.0`; measured first on it at **90.0%** (108/120: en patience 87%, positive phrasing 100%, closure 67%, gaming 100%; ru patience 87%, positive phrasing 93%, closure 93%, gaming 93%; `lexicon-2.32.0` 100), then read once and fixed where a general rule could (`lexicon-2.60.0`); every pair now right',
  ],
  [
    'heldout-11',
    'a forty-seventh outside set (two coaches, one per language), written at the same time as the forty-sixth round and kept aside; measured first on `lexicon-2.57.0` and **never read**: 101/120 (`lexicon-2.32.0` 99); only its totals are looked at after each change',
  ],
  [
    'outside-37',
    'a forty-sixth round by two more outside coaches, written after `lexicon-2.57.0` in the same domains as the unread forty-fifth set; measured first on it at **85.8%** (103/120: en patience 87%, positive phrasing 93%, closure 87%, gaming 80%; ru patience 87%, positive phrasing 100%, closure 67%, gaming 87%; `lexicon-2.32.0` 98), then read once and fixed where a general rule could (`lexicon-2.58.0`); three closure pairs stay wrong, see the notes',
  ],
  [
    'outside-38',
    'a forty-fifth outside set (two coaches, one per language), written at the same time as the forty-fourth round as `heldout-10.jsonl` and kept unread for two rounds: 93/120 at its first look on `lexicon-2.56.0` (the lowest of any set; `lexicon-2.32.0` 88), 95 and 96 on the next two scorers; then, because its first look was so low, read (renamed `outside-38.jsonl`) and fixed where a general rule could (`lexicon-2.59.0`); four pairs stay wrong, see the notes',
  ],
  [
    'outside-36',
    'a forty-fourth round by two more outside coaches, written after `lexicon-2.56.0`; measured first on it at **88.3%** (106/120: en patience 93%, positive phrasing 100%, closure 87%, gaming 80%; ru patience 73%, positive phrasing 100%, closure 80%, gaming 93%; `lexicon-2.32.0` 105), then read once and fixed where a general rule could (`lexicon-2.57.0`); two pairs stay wrong, see the notes',
  ],
  [
    'heldout-9',
    'a forty-second outside set (two coaches, one per language), written at the same time as the forty-first round and kept aside; measured first on `lexicon-2.54.0` and **never read**: 106/120 (`lexicon-2.53.0` also 106, `lexicon-2.32.0` 104); only its totals are looked at after each change',
  ],
  [
    'heldout-8',
    'a fortieth outside set (two coaches, one per language), written at the same time as the thirty-ninth round and kept aside; measured first on `lexicon-2.53.0` and **never read**: 109/120 (`lexicon-2.52.0` also 109, `lexicon-2.32.0` 110); only its totals are looked at after each change',
  ],
  [
    'heldout-7',
    'a thirty-eighth outside set (two coaches, one per language), written at the same time as the thirty-seventh round and kept aside; measured first on `lexicon-2.52.0` and **never read**: 117/120 (`lexicon-2.32.0` 112); only its totals are looked at after each change',
  ],
  [
    'heldout-6',
    'a thirty-fourth outside set (two coaches, one per language), written at the same time as the thirty-third round and kept aside; measured first on `lexicon-2.49.0` and **never read**: 108/120 (`lexicon-2.48.0` also 108, `lexicon-2.32.0` 106); only its totals are looked at after each change',
  ],
  [
    'heldout-5',
    'a twenty-eighth outside set (two coaches, one per language), written at the same time as the twenty-seventh round and kept aside; measured first on `lexicon-2.44.0` and **never read**: 99/120 (`lexicon-2.43.0` also 99, `lexicon-2.32.0` 98); only its totals are looked at after each change',
  ],
  [
    'heldout-4',
    'a twenty-first outside set (two coaches, one per language), written at the same time as the twenty-second round and kept aside; measured first on `lexicon-2.39.0` and **never read**: 107/120 (`lexicon-2.38.0` also 107, `lexicon-2.32.0` 106); only its totals are looked at after each change',
  ],
  [
    'heldout-3',
    'an eleventh outside set (two coaches, one per language), written at the same time as the ninth and kept aside; measured once, on `lexicon-2.27.0`, and **never read**: 115/120 (`lexicon-2.19.0` scored 114 on it)',
  ],
  [
    'heldout-2',
    'a sixth outside set (two coaches, one per language), measured on `lexicon-2.19.0` and **never read**: its failures were not looked at, so it stays an unseen estimate for later versions',
  ],
  [
    'heldout',
    'written independently by a separate author who never saw the scorer or the dev set; used only to measure, never to tune',
  ],
  [
    'outside-35',
    'a forty-third round, English only, by one more outside coach, written with the forty-first; measured first on `lexicon-2.54.0` at **83.3%** (50/60: patience 93%, positive phrasing 100%, closure 53%, gaming 87%; `lexicon-2.53.0` also 50, `lexicon-2.32.0` 49), then read once and fixed where a general rule could (`lexicon-2.55.0` and `lexicon-2.56.0`); two pairs stay wrong (a third came right with `lexicon-2.82.0`), see the notes',
  ],
  [
    'outside-34',
    'a forty-first round by two more outside coaches, written after `lexicon-2.54.0`; measured first on it at **84.2%** (101/120: en patience 80%, positive phrasing 93%, closure 60%, gaming 87%; ru patience 87%, positive phrasing 93%, closure 73%, gaming 100%; `lexicon-2.53.0` and `lexicon-2.32.0` 100), then read once and fixed where a general rule could (`lexicon-2.55.0`); one Russian closure pair stays wrong, see the notes',
  ],
  [
    'outside-33',
    'a thirty-ninth round by two more outside coaches, written after `lexicon-2.53.0`; measured first on it at **95.8%** (115/120: en 100% on every dimension; ru patience 93%, positive phrasing 100%, closure 73%, gaming 100%; `lexicon-2.52.0` also 115, `lexicon-2.32.0` 111), then read once and fixed where a general rule could (`lexicon-2.54.0`); two Russian closure pairs stay wrong, see the notes',
  ],
  [
    'outside-32',
    'a thirty-seventh round by two more outside coaches, written after `lexicon-2.52.0`; measured first on it at **93.3%** (112/120: en patience 93%, positive phrasing 100%, closure 73%, gaming 100%; ru patience 93%, positive phrasing 100%, closure 100%, gaming 87%; `lexicon-2.32.0` scored 109), then read once and fixed where a general rule could (`lexicon-2.53.0`); one English closure pair stays wrong, see the notes',
  ],
  [
    'outside-31',
    'a thirty-sixth round by two more outside coaches, written after `lexicon-2.50.0`; measured first, before it was read, on `lexicon-2.51.0` (the thirty-fifth round’s fixes, not committed on their own) at **95.8%** (115/120: en patience 100%, positive phrasing 100%, closure 87%, gaming 100%; ru patience 93%, positive phrasing 100%, closure 87%, gaming 100%; `lexicon-2.50.0` scored 114, `lexicon-2.32.0` 112), then read once and fixed where a general rule could (`lexicon-2.52.0`); one English closure pair stays wrong, see the notes',
  ],
  [
    'outside-30',
    'a thirty-fifth round by two more outside coaches, written after `lexicon-2.50.0`; measured first on it at **92.5%** (111/120: en patience 100%, positive phrasing 100%, closure 80%, gaming 93%; ru patience 87%, positive phrasing 100%, closure 87%, gaming 93%; `lexicon-2.32.0` scored 108), then read once and fixed where a general rule could (`lexicon-2.51.0`); every pair now right',
  ],
  [
    'outside-29',
    'a thirty-third round by two more outside coaches, written after `lexicon-2.49.0`; measured first on it at **94.2%** (113/120: en patience 93%, positive phrasing 100%, closure 100%, gaming 100%; ru patience 93%, positive phrasing 100%, closure 67%, gaming 100%; `lexicon-2.32.0` scored 114), then read once and fixed where a general rule could (`lexicon-2.50.0`); three Russian closure pairs stay wrong, see the notes',
  ],
  [
    'outside-28',
    'a thirty-second round by two more outside coaches, written after `lexicon-2.48.0`; measured first on it at **87.5%** (105/120: en patience 100%, positive phrasing 100%, closure 60%, gaming 93%; ru patience 93%, positive phrasing 100%, closure 80%, gaming 73%; `lexicon-2.32.0` scored 106), then read once and fixed where a general rule could (`lexicon-2.49.0`); three Russian closure pairs and one Russian gaming pair stay wrong, see the notes',
  ],
  [
    'outside-27',
    'a thirty-first round by two more outside coaches, written after `lexicon-2.47.0`; measured first on it at **91.7%** (110/120: en patience 93%, positive phrasing 100%, closure 93%, gaming 80%; ru patience 100%, positive phrasing 100%, closure 93%, gaming 73%; `lexicon-2.32.0` scored 106), then read once and fixed where a general rule could (`lexicon-2.48.0`); one English patience, one English closure, one English gaming, one Russian closure and three Russian gaming pairs stay wrong, see the notes',
  ],
  [
    'outside-26',
    'a thirtieth round by two more outside coaches, written after `lexicon-2.46.0`; measured first on it at **91.7%** (110/120: en patience 87%, positive phrasing 100%, closure 93%, gaming 93%; ru patience 87%, positive phrasing 100%, closure 87%, gaming 87%; `lexicon-2.32.0` scored 109), then read once and fixed where a general rule could (`lexicon-2.47.0`); one English gaming, two Russian closure and two Russian gaming pairs stay wrong, see the notes',
  ],
  [
    'outside-25',
    'a twenty-ninth round by two more outside coaches, written after `lexicon-2.45.0`; measured first on it at **90.8%** (109/120: en patience 93%, positive phrasing 100%, closure 73%, gaming 80%; ru patience 100%, positive phrasing 93%, closure 93%, gaming 93%; `lexicon-2.32.0` scored 106), then read once and fixed where a general rule could (`lexicon-2.46.0`); two English closure, one Russian closure and one Russian gaming pair stay wrong, see the notes',
  ],
  [
    'outside-24',
    'a twenty-seventh round by two more outside coaches, written after `lexicon-2.44.0`; measured first on it at **93.3%** (112/120: en patience 100%, positive phrasing 100%, closure 93%, gaming 87%; ru patience 93%, positive phrasing 100%, closure 87%, gaming 87%; `lexicon-2.32.0` scored 110), then read once and fixed where a general rule could (`lexicon-2.45.0`); one English gaming, two Russian closure and two Russian gaming pairs stay wrong, see the notes',
  ],
  [
    'outside-23',
    'a twenty-sixth round by two more outside coaches, written after `lexicon-2.43.0`; measured first on it at **93.3%** (112/120: en patience 100%, positive phrasing 100%, closure 93%, gaming 80%; ru patience 100%, positive phrasing 100%, closure 87%, gaming 87%; `lexicon-2.32.0` scored 113), then read once and fixed where a general rule could (`lexicon-2.44.0`); one English gaming and one Russian closure pair stay wrong, see the notes',
  ],
  [
    'outside-22',
    'a twenty-fifth round by two more outside coaches, written after `lexicon-2.42.0`; measured first on it at **92.5%** (111/120: en patience 93%, positive phrasing 100%, closure 87%, gaming 93%; ru patience 100%, positive phrasing 100%, closure 93%, gaming 73%; `lexicon-2.32.0` scored 109), then read once and fixed where a general rule could (`lexicon-2.43.0`); one English closure, one Russian closure and one Russian gaming pair stay wrong, see the notes',
  ],
  [
    'outside-21',
    'a twenty-fourth round by two more outside coaches, written after `lexicon-2.41.0`; measured first on it at **89.2%** (107/120: en patience 93%, positive phrasing 93%, closure 93%, gaming 93%; ru patience 100%, positive phrasing 100%, closure 53%, gaming 87%; `lexicon-2.32.0` scored 106), then read once and fixed where a general rule could (`lexicon-2.42.0`); four Russian closure pairs stay wrong, see the notes',
  ],
  [
    'outside-20',
    'a twenty-third round by two more outside coaches, written after `lexicon-2.40.1`; measured first on it at **91.7%** (110/120: en patience 100%, positive phrasing 100%, closure 73%, gaming 100%; ru patience 100%, positive phrasing 93%, closure 93%, gaming 73%; `lexicon-2.32.0` scored 107), then read once and fixed where a general rule could (`lexicon-2.41.0`); six pairs stay wrong, see the notes',
  ],
  [
    'outside-19',
    'a twenty-second round by two more outside coaches, written after `lexicon-2.39.0`; measured first on it at **87.5%** (105/120: en patience 87%, positive phrasing 100%, closure 67%, gaming 93%; ru patience 80%, positive phrasing 100%, closure 87%, gaming 87%; `lexicon-2.32.0` also scored 105), then read once and fixed where a general rule could (`lexicon-2.40.0`, `lexicon-2.40.1`); two English and two Russian closure pairs stay wrong, see the notes',
  ],
  [
    'outside-18',
    'a twentieth round by two more outside coaches, written after `lexicon-2.38.0`; measured first on it at **85.8%** (103/120: en patience 87%, positive phrasing 100%, closure 93%, gaming 80%; ru patience 80%, positive phrasing 100%, closure 87%, gaming 60%; `lexicon-2.32.0` scored 105), then read once and fixed where a general rule could (`lexicon-2.39.0`); one English and three Russian gaming pairs stay wrong, see the notes',
  ],
  [
    'outside-17',
    'a nineteenth round by two more outside coaches, written after `lexicon-2.37.1`; measured first on it at **91.7%** (110/120: en patience 100%, positive phrasing 100%, closure 87%, gaming 87%; ru patience 80%, positive phrasing 100%, closure 80%, gaming 100%; `lexicon-2.32.0` scored 109), then read once and fixed where a general rule could (`lexicon-2.38.0`); one English closure, one English gaming and one Russian closure pair stay wrong, see the notes',
  ],
  [
    'outside-16',
    'an eighteenth round by two more outside coaches, written after `lexicon-2.36.0`; measured first on it at **94.2%** (113/120: en patience 87%, positive phrasing 100%, closure 100%, gaming 87%; ru patience 100%, positive phrasing 100%, closure 93%, gaming 87%; `lexicon-2.32.0` scored 112), then read once and fixed where a general rule could (`lexicon-2.37.0`); one Russian gaming pair stays wrong, see the notes',
  ],
  [
    'outside-15',
    'a seventeenth round by two more outside coaches, written after `lexicon-2.35.0`; measured first on it at **90.0%** (108/120: en patience 93%, positive phrasing 100%, closure 80%, gaming 87%; ru patience 87%, positive phrasing 100%, closure 93%, gaming 80%; `lexicon-2.32.0` scored 107), then read once and fixed where a general rule could (`lexicon-2.36.0`); one English closure pair stays wrong, see the notes',
  ],
  [
    'outside-14',
    'a sixteenth round by two more outside coaches, written after `lexicon-2.33.0`; measured first on it at **92.5%** (111/120: en patience 100%, positive phrasing 100%, closure 87%, gaming 87%; ru patience 100%, positive phrasing 93%, closure 100%, gaming 73%; `lexicon-2.32.0` also scored 111), then read once and fixed where a general rule could (`lexicon-2.34.0`, `lexicon-2.35.0`); one Russian gaming pair stays wrong (its flawed reply answers only the second of two questions: that is now found, but the genuine reply offers an option in the impersonal «её можно добавить», which earns nothing), see the notes',
  ],
  [
    'outside-13',
    'a fifteenth round by two more outside coaches, written after `lexicon-2.31.0`; measured first on it at **90.0%** (108/120: en patience 100%, positive phrasing 100%, closure 87%, gaming 73%; ru patience 87%, positive phrasing 93%, closure 100%, gaming 80%; `lexicon-2.28.0` also scored 108), then read once and fixed where a general rule could (`lexicon-2.32.0`); two English closure pairs (a recap that leaves out a step still due, or contradicts what was agreed), two English and three Russian gaming pairs stay wrong, see the notes',
  ],
  [
    'outside-12',
    'a fourteenth round by two more outside coaches, written after `lexicon-2.30.0`; measured first on it at **93.3%** (112/120: en patience 87%, positive phrasing 100%, closure 100%, gaming 87%; ru patience 93%, positive phrasing 100%, closure 100%, gaming 80%; `lexicon-2.28.0` also scored 112), then read once and fixed where a general rule could (`lexicon-2.31.0`); one English and two Russian gaming pairs stay wrong, see the notes',
  ],
  [
    'outside-11',
    'a thirteenth round by two more outside coaches, written after `lexicon-2.29.0`; measured first on it at **90.8%** (109/120: en patience 100%, positive phrasing 93%, closure 87%, gaming 87%; ru patience 93%, positive phrasing 100%, closure 93%, gaming 73%; `lexicon-2.28.0` scored 108), then read once and fixed where a general rule could (`lexicon-2.30.0`); two English gaming pairs stay wrong, see the notes',
  ],
  [
    'outside-10',
    'a twelfth round by two more outside coaches, written at the start of the session of 2026-12-01; measured first on `lexicon-2.28.0` at **89.2%** (107/120: en patience 93%, positive phrasing 100%, closure 87%, gaming 100%; ru patience 87%, positive phrasing 87%, closure 87%, gaming 73%; `lexicon-2.19.0` scored 105), then read once and fixed where a general rule could',
  ],
  [
    'outside-9',
    'a tenth round by two more outside coaches, written after `lexicon-2.25.0`; measured first on `lexicon-2.26.0` at **90.8%** (109/120: en patience 73%, positive phrasing 100%, closure 100%, gaming 80%; ru patience 100%, positive phrasing 100%, closure 93%, gaming 80%; `lexicon-2.19.0` scored 108), then read once and fixed where a general rule could; one gaming pair per language stays wrong, see the notes',
  ],
  [
    'outside-8',
    'a ninth round by two more outside coaches, written after `lexicon-2.24.0`; measured first on it at **88.3%** (106/120: en patience 87%, positive phrasing 93%, closure 93%, gaming 80%; ru patience 87%, positive phrasing 100%, closure 93%, gaming 73%; `lexicon-2.19.0` also scored 106), then read once and fixed where a general rule could; one Russian gaming pair stays wrong, see the notes',
  ],
  [
    'outside-7',
    'an eighth round by two more outside coaches, written after `lexicon-2.22.0`; measured first on it at **84.2%** (101/120: en patience 93%, positive phrasing 100%, closure 73%, gaming 60%; ru patience 93%, positive phrasing 100%, closure 87%, gaming 67%; `lexicon-2.19.0` scored the same 101), then read once and fixed where a general rule could; closure in both languages and gaming stay under target, see the notes',
  ],
  [
    'outside-6',
    'a seventh round by two more outside coaches, written after the sixth set was kept unseen; measured first on `lexicon-2.19.0` at **90.0%** (108/120: en patience 87%, positive phrasing 100%, closure 93%, gaming 73%; ru patience 100%, positive phrasing 100%, closure 87%, gaming 80%; the same on `lexicon-2.20.0`), then read once and fixed where a general rule could; one Russian gaming pair stays wrong, see the notes',
  ],
  [
    'outside-5',
    'a fifth round by two more outside coaches; measured first on `lexicon-2.18.0` at **85.8%** (103/120: en patience 80%, positive phrasing 93%, closure 93%, gaming 87%; ru patience 87%, positive phrasing 93%, closure 87%, gaming 67%), then read once and fixed where a general rule could; the Russian gaming cell below stays under target, see the notes',
  ],
  [
    'outside-4',
    'a fourth round by two more outside coaches, asked also for `worse` replies that are subtly wrong (answering another question, promising without a time, asking for what was given, apologising and then arguing); measured first on `lexicon-2.17.0` at **78.3%** (94/120: en patience 67%, positive phrasing 93%, closure 87%, gaming 93%; ru patience 93%, positive phrasing 100%, closure 53%, gaming 40%), then read once and fixed where a general rule could; the Russian gaming and closure cells below stay under target, see the notes',
  ],
  [
    'outside-3',
    'a third round by two more outside coaches (one per language), asked for plain `better` replies and for `worse` replies that use textbook courtesy; measured first on `lexicon-2.16.1` at **90.8%** (109/120: en patience 93%, positive phrasing 100%, closure 80%, gaming 93%; ru patience 93%, positive phrasing 87%, closure 100%, gaming 80%), then read once and its failures fixed with general rules, so the figures below are no longer unseen',
  ],
  [
    'outside-2',
    'a second round by two more outside coaches (one per language), who were asked to give several `better` replies in plain, unformulaic words; measured first on `lexicon-2.15.0` at **82.5%** (99/120: en patience 60%, positive phrasing 93%, closure 80%, gaming 80%; ru patience 73%, positive phrasing 100%, closure 87%, gaming 87%), then read once and its failures fixed with general rules, so the figures below are no longer unseen',
  ],
  [
    'outside',
    'written by two outside coaches (one per language) who never saw the scorer or the other sets; measured first on `lexicon-2.14.0` at **86.7%** (104/120: en patience 80%, positive phrasing 100%, closure 80%, gaming 93%; ru patience 80%, positive phrasing 93%, closure 93%, gaming 73%), then read once and its failures fixed with general rules, so the figures below are no longer unseen',
  ],
];

/** A set no prefix names: the pairs written while the scorer was developed. */
export const DEFAULT_ROLE = 'used while developing the scorer';

export function setRole(file: string): string {
  return SET_ROLES.find(([prefix]) => file.startsWith(prefix))?.[1] ?? DEFAULT_ROLE;
}
