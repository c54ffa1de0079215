import { describe, expect, it } from 'vitest';
import { decodeFrame, encodeCloseFrame, HexError, parseHex, toHex, type KnownCode } from '../../src/lib/diagnose/close-frame';
import { readCodeFiles } from '../support/content';

const known: KnownCode[] = readCodeFiles().map((c) => ({ code: c.code, name: c.name, allowedInCloseFrame: c.allowedInCloseFrame }));
const decode = (hex: string) => decodeFrame(parseHex(hex), known);
const sections = (hex: string, severity = 'error') => decode(hex).verdicts.filter((v) => v.severity === severity).map((v) => v.section);

describe('parseHex', () => {
  it('reads the notations people paste', () => {
    const want = [0x88, 0x02, 0x03, 0xe8];
    for (const text of ['88 02 03 e8', '0x88,0x02,0x03,0xe8', '880203e8', '88:02:03:E8', '\\x88\\x02\\x03\\xe8', '[0x88, 0x02, 0x03, 0xe8]', '8802 03e8']) {
      expect(parseHex(text), text).toEqual(want);
    }
  });

  it('drops the offset and text columns of a dump', () => {
    expect(parseHex('0000   88 02 03 e8                                       ....')).toEqual([0x88, 0x02, 0x03, 0xe8]);
    expect(parseHex('00000000: 8802 03e8                                ....')).toEqual([0x88, 0x02, 0x03, 0xe8]);
    expect(parseHex('0000  88 05 03 e8 62 79 65\n')).toEqual([0x88, 0x05, 0x03, 0xe8, 0x62, 0x79, 0x65]);
  });

  it('says which token is not hex', () => {
    expect(() => parseHex('88 02 zz')).toThrow(HexError);
    expect(() => parseHex('88 02 zz')).toThrow(/“zz” on line 1/);
    expect(() => parseHex('880')).toThrow(/odd number/);
    expect(() => parseHex('  ')).toThrow(/No bytes/);
  });
});

describe('decodeFrame', () => {
  it('reads an unmasked Close frame from a server', () => {
    const f = decode('88 02 03 e8');
    expect(f).toMatchObject({ kind: 'frame', fin: true, opcode: 8, opcodeName: 'Close', masked: false, payloadLength: 2, code: 1000, codeName: 'Normal Closure', reason: '' });
    expect(sections('88 02 03 e8')).toEqual([]);
  });

  it('unmasks a client’s Close frame and its reason', () => {
    const { bytes } = encodeCloseFrame(1001, 'bye', known, { maskKey: [0x37, 0xfa, 0x21, 0x3d] });
    const f = decodeFrame(bytes, known);
    expect(f).toMatchObject({ masked: true, maskKey: [0x37, 0xfa, 0x21, 0x3d], code: 1001, reason: 'bye' });
    expect(f.verdicts.find((v) => v.section === '5.1')!.text).toMatch(/client sent it/);
  });

  it('flags codes that must never be sent (§7.4.1)', () => {
    expect(sections('88 02 03 ee')).toEqual(['7.4.1']);
    expect(sections('88 02 03 ed')).toEqual(['7.4.1']);
    expect(sections('88 02 03 f7')).toEqual(['7.4.1']);
  });

  it('flags numbers outside the ranges and unassigned protocol codes (§7.4.2)', () => {
    expect(sections('88 02 00 00')).toEqual(['7.4.2']);
    expect(sections('88 02 03 f8')).toEqual(['7.4.2']);
    expect(sections('88 02 13 88')).toEqual(['7.4.2']);
    expect(sections('88 02 0b b9', 'warning')).toEqual(['7.4.2']);
    expect(sections('88 02 0f a0')).toEqual([]);
  });

  it('flags a one-byte body (§5.5.1) and an empty one as 1005 (§7.1.5)', () => {
    expect(sections('88 01 03')).toEqual(['5.5.1']);
    expect(decode('88 00').code).toBeUndefined();
    expect(sections('88 00', 'note')).toContain('7.1.5');
  });

  it('flags a control frame over 125 bytes and a fragmented one (§5.5)', () => {
    const long = [0x88, 0x7e, 0x00, 0x7e, 0x03, 0xe8, ...new Array(124).fill(0x61)];
    expect(decodeFrame(long, known).verdicts.filter((v) => v.severity === 'error').map((v) => v.section)).toEqual(['5.5']);
    expect(sections('08 02 03 e8')).toEqual(['5.5']);
  });

  it('flags invalid UTF-8 in the reason (§5.5.1)', () => {
    const f = decode('88 04 03 e8 c3 28');
    expect(f.reason).toBeUndefined();
    expect(f.reasonBytes).toEqual([0xc3, 0x28]);
    expect(sections('88 04 03 e8 c3 28')).toEqual(['5.5.1']);
  });

  it('flags reserved bits, non-minimal lengths, a missing mask key and cut-short captures', () => {
    expect(sections('c8 02 03 e8')).toEqual(['5.2']);
    expect(sections('88 7e 00 02 03 e8')).toContain('5.2');
    expect(sections('88 82 01 02')).toEqual(['5.3']);
    expect(sections('88 05 03 e8', 'warning')).toEqual(['5.2']);
  });

  it('says a frame with another opcode is not a Close frame', () => {
    const f = decode('81 05 48 65 6c 6c 6f');
    expect(f.opcodeName).toBe('Text');
    expect(f.code).toBeUndefined();
    expect(sections('81 05 48 65 6c 6c 6f', 'warning')).toEqual(['5.2']);
  });

  it('reads bytes that start no Close frame as a Close body', () => {
    const f = decode('03 e8 62 79 65');
    expect(f).toMatchObject({ kind: 'close-payload', code: 1000, reason: 'bye' });
  });
});

describe('encodeCloseFrame', () => {
  it('writes code and reason, unmasked and masked', () => {
    expect(toHex(encodeCloseFrame(1000, '', known).bytes)).toBe('88 02 03 e8');
    expect(toHex(encodeCloseFrame(4000, 'bye', known).bytes)).toBe('88 05 0f a0 62 79 65');
    expect(toHex(encodeCloseFrame(1000, '', known, { maskKey: [1, 2, 3, 4] }).bytes)).toBe('88 82 01 02 03 04 02 ea');
    expect(toHex(encodeCloseFrame(undefined, '', known).bytes)).toBe('88 00');
  });

  it('round-trips through the decoder', () => {
    for (const [code, reason] of [[1001, 'going'], [3000, 'ünïcödé ✓'], [4999, '']] as const) {
      const f = decodeFrame(encodeCloseFrame(code, reason, known, { maskKey: [9, 8, 7, 6] }).bytes, known);
      expect([f.code, f.reason]).toEqual([code, reason]);
    }
  });

  it('warns about codes that may not be sent and reasons that do not fit', () => {
    expect(encodeCloseFrame(1006, '', known).verdicts[0]!.section).toBe('7.4.1');
    const long = encodeCloseFrame(1000, 'x'.repeat(124), known);
    expect(long.verdicts.some((v) => v.severity === 'error' && v.section === '5.5')).toBe(true);
    expect(long.bytes.slice(0, 4)).toEqual([0x88, 0x7e, 0x00, 126]);
    expect(() => encodeCloseFrame(undefined, 'why', known)).toThrow(/needs a code/);
    expect(() => encodeCloseFrame(70000, '', known)).toThrow(/two bytes/);
  });
});
