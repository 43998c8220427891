// Product dimensions and weight on ShopiVerse's product form. The form's labels are unknown (PANELS.md: Turkish words
// En, Boy, Yükseklik, Ağırlık, Desi; the API's productWidth… and package…): the label table is built from those
// words with the prefixes and units a form may add. Plausibility bounds are the issue's: over 100 kg, over 300 cm.

export type Dimension = 'width' | 'length' | 'height' | 'weight';
export type DimensionField = `${'product' | 'package'}.${Dimension}`;

const BASE: Record<Dimension, readonly string[]> = {
  width: ['En', 'Eni', 'Genişlik', 'Genişliği', 'Width'],
  length: ['Boy', 'Boyu', 'Uzunluk', 'Uzunluğu', 'Length'],
  height: ['Yükseklik', 'Yüksekliği', 'Height'],
  weight: ['Ağırlık', 'Ağırlığı', 'Weight'],
};
const PRODUCT_PREFIXES = ['', 'Ürün ', 'Product '];
const PACKAGE_PREFIXES = ['Paket ', 'Koli ', 'Package ', 'Kargo '];
const UNITS = ['', ' (cm)', ' cm', ' (kg)', ' kg'];

export const LIMITS: Record<Dimension, number> = { width: 300, length: 300, height: 300, weight: 100 };

export function dimensionLabels(): Record<DimensionField, string[]> {
  const table = {} as Record<DimensionField, string[]>;
  for (const dimension of Object.keys(BASE) as Dimension[]) {
    for (const [group, prefixes] of [
      ['product', PRODUCT_PREFIXES],
      ['package', PACKAGE_PREFIXES],
    ] as const) {
      table[`${group}.${dimension}`] = prefixes.flatMap((prefix) => BASE[dimension].flatMap((word) => UNITS.map((unit) => `${prefix}${word}${unit}`)));
    }
  }
  return table;
}

export type DimensionProblem = 'missing' | 'zero' | 'implausible';

export function checkDimension(field: DimensionField, raw: string): DimensionProblem | undefined {
  const text = raw.trim().replace(/\s/g, '');
  if (text === '') return 'missing';
  const value = Number(text.includes(',') && !text.includes('.') ? text.replace(',', '.') : text.replace(/,/g, ''));
  if (!Number.isFinite(value)) return 'missing';
  if (value <= 0) return 'zero';
  const dimension = field.split('.')[1] as Dimension;
  return value > LIMITS[dimension] ? 'implausible' : undefined;
}
