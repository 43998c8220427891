import { describe, expect, it } from 'vitest';
import { SHOPIVERSE_BUTTONS, SHOPIVERSE_STATUS } from '../core/labels';
import { labelNamed } from './find-by-label';

describe('labelNamed: which known label a control shows, spelled as our data spells it', () => {
  it.each([
    ['Kaydet', SHOPIVERSE_BUTTONS.save, 'Kaydet'],
    ['  Save ', SHOPIVERSE_BUTTONS.save, 'Save'],
    ['KAYDET', SHOPIVERSE_BUTTONS.save, 'Kaydet'],
    ['Kaydet ve çık', SHOPIVERSE_BUTTONS.save, undefined],
    ['Save: now', SHOPIVERSE_BUTTONS.save, undefined],
    ['Yetki talep et', SHOPIVERSE_BUTTONS.authorize, 'Yetki Talep Et'],
    ['Request Authorization', SHOPIVERSE_BUTTONS.authorize, 'Request Authorization'],
    ['Status', SHOPIVERSE_STATUS, 'Status'],
    ['Durum (Aktif)', SHOPIVERSE_STATUS, 'Durum'],
    ['Publish as in the image?', SHOPIVERSE_STATUS, undefined],
  ] as const)('%s', (name, labels, label) => {
    expect(labelNamed(name, labels as readonly string[])).toBe(label);
  });
});
