import { describe, expect, it } from 'vitest';
import { type FormFacts, qualifyApiForm, storeCodeOf } from './api-form-rules';

const PAGE = '/tr/settings/store/00159';
const JOOM: FormFacts = { secrets: 1, clientIds: 1, storeIds: 1, switches: 1, saves: 1, banners: 1, marketplace: 'Joom', actions: [] };

describe('which Api Tanım form qualifies', () => {
  it('takes the one complete Joom form on a store-settings page', () => {
    expect(qualifyApiForm(PAGE, [JOOM])).toEqual({ status: 'one', index: 0 });
    expect(qualifyApiForm('/en/settings/store/00161/', [{ ...JOOM, actions: ['https://app.shopiverse.tech/x'] }])).toEqual({ status: 'one', index: 0 });
  });

  it('takes nothing off a store-settings page', () => {
    for (const path of ['/tr/products', '/tr/settings/store', '/tr/settings/store/joomcallbackcode', '/tr/settings/store/00159/extra']) {
      expect(qualifyApiForm(path, [JOOM]).status).toBe('noForm');
    }
    expect(storeCodeOf(PAGE)).toBe('00159');
  });

  it('refuses two qualifying forms, or one container holding two of a part', () => {
    expect(qualifyApiForm(PAGE, [JOOM, JOOM]).status).toBe('manyForms');
    expect(qualifyApiForm(PAGE, [{ ...JOOM, secrets: 2, clientIds: 2, storeIds: 2 }]).status).toBe('manyForms');
    expect(qualifyApiForm(PAGE, [JOOM, { ...JOOM, saves: 2 }]).status).toBe('manyForms');
  });

  it('skips a form that submits elsewhere, and says so when it is the only one', () => {
    const offsite = { ...JOOM, actions: ['https://elsewhere.example/steal'] };
    expect(qualifyApiForm(PAGE, [offsite, JOOM])).toEqual({ status: 'one', index: 1 });
    expect(qualifyApiForm(PAGE, [offsite]).status).toBe('offsite');
    expect(qualifyApiForm(PAGE, [{ ...JOOM, actions: ['http://app.shopiverse.tech/'] }]).status).toBe('offsite');
    expect(qualifyApiForm(PAGE, [{ ...JOOM, actions: ['javascript:void 0'] }]).status).toBe('offsite');
  });

  it('needs the banner to name Joom: no banner, another marketplace or a missing part fills nothing', () => {
    expect(qualifyApiForm(PAGE, [{ ...JOOM, marketplace: 'Trendyol' }]).status).toBe('notJoom');
    expect(qualifyApiForm(PAGE, [{ ...JOOM, marketplace: 'Joomla' }]).status).toBe('notJoom');
    expect(qualifyApiForm(PAGE, [{ ...JOOM, banners: 0, marketplace: undefined }]).status).toBe('noForm');
    expect(qualifyApiForm(PAGE, [{ ...JOOM, switches: 0 }]).status).toBe('noForm');
    expect(qualifyApiForm(PAGE, [{ ...JOOM, saves: 0 }]).status).toBe('noForm');
    expect(qualifyApiForm(PAGE, [])).toEqual({ status: 'noForm' });
  });
});
