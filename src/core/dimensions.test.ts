import { describe, expect, it } from 'vitest';
import { checkDimension, dimensionLabels } from './dimensions';

describe('dimensions', () => {
  it('flags missing, zero and implausible values', () => {
    expect(checkDimension('product.width', '')).toBe('missing');
    expect(checkDimension('product.width', 'abc')).toBe('missing');
    expect(checkDimension('product.weight', '0')).toBe('zero');
    expect(checkDimension('product.weight', '0,0')).toBe('zero');
    expect(checkDimension('product.weight', '120')).toBe('implausible');
    expect(checkDimension('package.height', '400')).toBe('implausible');
    expect(checkDimension('product.weight', '1,5')).toBeUndefined();
    expect(checkDimension('product.length', '230')).toBeUndefined();
  });

  it('knows the labels a form may use, with units and prefixes', () => {
    const labels = dimensionLabels();
    expect(labels['product.width']).toContain('En (cm)');
    expect(labels['package.weight']).toContain('Paket Ağırlık (kg)');
    expect(labels['product.weight']).toContain('Weight (kg)');
  });
});
