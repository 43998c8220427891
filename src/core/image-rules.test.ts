import { describe, expect, it } from 'vitest';
import { judgeImage, padLayout } from './image-rules';

describe('judgeImage', () => {
  it.each([
    [800, 800, 'ok', []],
    [600, 800, 'ok', []], // 3:4
    [594, 800, 'ok', []], // 3:4 within 1 %
    [640, 800, 'ok', []], // 4:5 sits between 1:1 and 3:4
    [1600, 900, 'bad', ['landscape']], // 16:9
    [808, 800, 'ok', []], // 1 % wide: tolerated
    [820, 800, 'bad', ['landscape']],
    [600, 900, 'bad', ['tooTall']],
    [500, 800, 'bad', ['tooTall', 'small']],
    [549, 549, 'bad', ['small']],
    [550, 550, 'ok', []],
  ] as const)('%i×%i → %s %j', (width, height, status, reasons) => {
    expect(judgeImage({ width, height, format: 'jpg' })).toEqual({ status, reasons });
  });

  it('fails formats Joom does not take and files over 10 MB', () => {
    expect(judgeImage({ width: 800, height: 800, format: 'webp' }).reasons).toEqual(['format']);
    expect(judgeImage({ width: 800, height: 800, format: 'png', bytes: 11 * 1024 * 1024 }).reasons).toEqual(['tooLarge']);
  });

  it.each(['webp', 'gif', 'avif', 'heic', 'bmp', 'svg'] as const)('fails %s, also when its size is not known', (format) => {
    expect(judgeImage({ width: 800, height: 800, format })).toEqual({ status: 'bad', reasons: ['format'] });
    expect(judgeImage({ format })).toEqual({ status: 'bad', reasons: ['format'] });
  });

  it('is never ok when the format was not checked', () => {
    expect(judgeImage({ width: 800, height: 800 })).toEqual({ status: 'unknown', reasons: ['formatNotChecked'] });
    expect(judgeImage({ width: 1600, height: 900 })).toEqual({ status: 'bad', reasons: ['landscape'] });
  });

  it('judges a thumbnail by its ratio only', () => {
    expect(judgeImage({ width: 60, height: 60, thumbnail: true, format: 'jpg' })).toEqual({ status: 'unknown', reasons: ['sizeUnknown'] });
    expect(judgeImage({ width: 60, height: 60, thumbnail: true })).toEqual({ status: 'unknown', reasons: ['sizeUnknown', 'formatNotChecked'] });
    expect(judgeImage({ width: 160, height: 90, thumbnail: true })).toEqual({ status: 'bad', reasons: ['landscape'] });
  });

  it('says unknown without a size', () => {
    expect(judgeImage({}).status).toBe('unknown');
    expect(judgeImage({ width: 0, height: 10 }).status).toBe('unknown');
  });
});

describe('padLayout', () => {
  it('centres a landscape image on a square of its longest side', () => {
    expect(padLayout(1600, 900)).toEqual({ side: 1600, x: 0, y: 350, drawWidth: 1600, drawHeight: 900 });
  });
  it('scales a small image up to 550 px', () => {
    const layout = padLayout(400, 300);
    expect(layout.side).toBe(550);
    expect(layout.drawWidth).toBe(550);
    expect(judgeImage({ width: layout.side, height: layout.side, format: 'jpg' }).status).toBe('ok');
  });
});
