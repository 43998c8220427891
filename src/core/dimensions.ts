// Product dimensions and weight on ShopiVerse's product form. The form's labels are unknown (PANELS.md: Turkish words
// En, Boy, Yükseklik, Ağırlık, Desi; the API's productWidth… and package…): the label table is built from those
// words with the prefixes and units a form may add. Joom wants kilograms and centimetres: a value in grams or
// millimetres (from its label, or a unit selector beside the input) is converted before the plausibility bounds,
// which are the issue's: over 100 kg, over 300 cm. They are not Joom's rules (PANELS.md gives no maximum): a value
// over them is said as "over 300 cm: check the unit", a warning, never as a limit Joom enforces (issue 17).

export type Dimension = 'width' | 'length' | 'height' | 'weight';
export type DimensionField = `${'product' | 'package'}.${Dimension}`;
export type Unit = 'kg' | 'g' | 'cm' | 'mm' | 'm';
/** A field as the label table names it: with the unit its label says, if any. */
export type LabelledField = DimensionField | `${DimensionField}:${Unit}`;

const BASE: Record<Dimension, readonly string[]> = {
  width: ['En', 'Eni', 'Genişlik', 'Genişliği', 'Width'],
  length: ['Boy', 'Boyu', 'Uzunluk', 'Uzunluğu', 'Length'],
  height: ['Yükseklik', 'Yüksekliği', 'Height'],
  weight: ['Ağırlık', 'Ağırlığı', 'Weight'],
};
const PRODUCT_PREFIXES = ['', 'Ürün ', 'Product '];
const PACKAGE_PREFIXES = ['Paket ', 'Koli ', 'Package ', 'Kargo '];

/** How forms write each unit, in labels and in unit selectors. */
const UNIT_WORDS: Record<Unit, readonly string[]> = {
  kg: ['kg', 'kilogram', 'kilo'],
  g: ['g', 'gr', 'gram', 'grams'],
  cm: ['cm', 'santimetre', 'centimetre', 'centimeter'],
  mm: ['mm', 'milimetre', 'millimetre', 'millimeter'],
  m: ['m', 'metre', 'meter'],
};
const UNITS_OF: Record<'weight' | 'length', readonly Unit[]> = { weight: ['kg', 'g'], length: ['cm', 'mm', 'm'] };
/** Joom's units, and what a label without a unit is taken to mean. */
const DEFAULT_UNIT: Record<'weight' | 'length', Unit> = { weight: 'kg', length: 'cm' };
const IN_DEFAULT_UNIT: Record<Unit, number> = { kg: 1, g: 0.001, cm: 1, mm: 0.1, m: 100 };

export const LIMITS: Record<Dimension, number> = { width: 300, length: 300, height: 300, weight: 100 };

const kindOf = (dimension: Dimension) => (dimension === 'weight' ? 'weight' : 'length');
export const dimensionOf = (field: DimensionField) => field.split('.')[1] as Dimension;

export function defaultUnit(field: DimensionField): Unit {
  return DEFAULT_UNIT[kindOf(dimensionOf(field))];
}

export function dimensionLabels(): Record<LabelledField, string[]> {
  const table = {} as Record<LabelledField, string[]>;
  for (const dimension of Object.keys(BASE) as Dimension[]) {
    for (const [group, prefixes] of [
      ['product', PRODUCT_PREFIXES],
      ['package', PACKAGE_PREFIXES],
    ] as const) {
      const field: DimensionField = `${group}.${dimension}`;
      const names = prefixes.flatMap((prefix) => BASE[dimension].map((word) => `${prefix}${word}`));
      table[field] = names;
      for (const unit of UNITS_OF[kindOf(dimension)]) {
        table[`${field}:${unit}`] = names.flatMap((name) => UNIT_WORDS[unit].flatMap((word) => [`${name} (${word})`, `${name} ${word}`]));
      }
    }
  }
  return table;
}

let allLabels: Set<string> | undefined;
/** Is `label` one of the label table's own texts (a report's label is shown in the popup, so it may be no other)? */
export function isDimensionLabel(label: string): boolean {
  allLabels ??= new Set(Object.values<string[]>(dimensionLabels()).flat());
  return allLabels.has(label);
}

/** The field and the unit its label said, from a label table key. */
export function splitLabelled(key: LabelledField): { field: DimensionField; unit?: Unit } {
  const [field, unit] = key.split(':') as [DimensionField, Unit | undefined];
  return { field, unit };
}

/** A unit a selector shows ("gr", "Gram", "(mm)"), if it is one the field can be in. */
export function unitFromText(field: DimensionField, text: string): Unit | undefined {
  const word = text
    .trim()
    .toLocaleLowerCase('tr')
    .replace(/^[([]|[)\]]$/g, '')
    .trim();
  return UNITS_OF[kindOf(dimensionOf(field))].find((unit) => UNIT_WORDS[unit].includes(word));
}

export type DimensionProblem = 'missing' | 'zero' | 'implausible';

/** The value in Joom's unit (kg or cm), or undefined when it is not a number. */
export function inJoomUnit(raw: string, unit: Unit): number | undefined {
  const text = raw.trim().replace(/\s/g, '');
  if (text === '') return undefined;
  const value = Number(text.includes(',') && !text.includes('.') ? text.replace(',', '.') : text.replace(/,/g, ''));
  return Number.isFinite(value) ? value * IN_DEFAULT_UNIT[unit] : undefined;
}

export function checkDimension(field: DimensionField, raw: string, unit: Unit = defaultUnit(field)): DimensionProblem | undefined {
  const value = inJoomUnit(raw, unit);
  if (value === undefined) return 'missing';
  if (value <= 0) return 'zero';
  return value > LIMITS[dimensionOf(field)] ? 'implausible' : undefined;
}

/** A note's part as a message key of public/_locales and its substitutions. */
export type NotePart = readonly [key: string, ...substitutions: string[]];

const kindOfUnit = (unit: Unit) => (UNITS_OF.weight.includes(unit) ? 'weight' : 'length');

/** The limit in a unit, for the note: 300 cm is 3000 mm or 3 m; 100 kg is 100000 g. */
function limitIn(unit: Unit): string {
  const limit = kindOfUnit(unit) === 'weight' ? LIMITS.weight : LIMITS.length;
  return String(Math.round((limit / IN_DEFAULT_UNIT[unit]) * 1000) / 1000);
}

/**
 * What the note beside a field (and the popup's line) says. Each field names only its own rule, in the unit it was
 * read in, and what to do (issue 17, look verdict 6, new problem 1: a height said "olağandışı (100 kg / 300 cm üstü)
 * · cm cinsinden okundu"): a missing value or a zero says which unit to enter it in; a value over the plausibility bound says
 * the bound for its kind (a length's in cm, mm or m; a weight's in kg or g) and asks to check the unit. The unit tells
 * the kind, so the popup's line (which passes only the problem and the unit) says the same as the page. A report
 * stored without its unit (older versions) gets the bare problem.
 */
export function dimensionNote(problem: DimensionProblem, unit?: Unit): NotePart[] {
  if (!unit) return [[`dimension_${problem}`]];
  if (problem === 'missing') return [['dimension_missingIn', unit]];
  if (problem === 'zero') return [['dimension_zeroIn', unit]];
  // The likely cause, not only the unit (look verdict 7): over the bound in Joom's own unit, the value was most likely
  // typed in the smaller one, said by its example ("400 mm = 40 cm"), short enough to sit beside the field; in another
  // unit, the value and its unit are to be checked. Never "cannot exceed": the bound is ours, not Joom's (issue 17).
  return [[`dimension_tooBig_${IN_DEFAULT_UNIT[unit] === 1 ? kindOfUnit(unit) : 'otherUnit'}`, limitIn(unit), unit]];
}
