/**
 * Occupation and program codes: O*NET-SOC ("15-1252.00"), 2018 SOC ("15-1252"), CIP 2020
 * ("51.3801"). Pure checks and conversions.
 */

export const ONET_SOC_CODE = /^\d{2}-\d{4}\.\d{2}$/;
export const SOC_CODE = /^\d{2}-\d{4}$/;
export const CIP_CODE = /^\d{2}\.\d{4}$/;

export const isOnetSocCode = (code: string): boolean => ONET_SOC_CODE.test(code);
export const isSocCode = (code: string): boolean => SOC_CODE.test(code);
export const isCipCode = (code: string): boolean => CIP_CODE.test(code);

/** The six-digit SOC code an O*NET-SOC code belongs to: its first seven characters. */
export function socOf(onetSocCode: string): string {
  return onetSocCode.slice(0, 7);
}

/** The broad SOC group of a detailed code ("13-1021" → "13-1020"), where BLS often reports aggregates. */
export function broadSocOf(socCode: string): string {
  return `${socCode.slice(0, 6)}0`;
}

/**
 * Reads a CIP code as publishers write it: `="01.0101"` (an Excel text formula), `1.0101`
 * (leading zero lost), or `01.0101`. Returns undefined when it is not a six-digit CIP code.
 */
export function normalizeCipCode(raw: string): string | undefined {
  const text = stripExcelText(raw);
  const match = /^(\d{1,2})\.(\d{4})$/.exec(text);
  return match ? `${match[1]!.padStart(2, '0')}.${match[2]}` : undefined;
}

/** `="13-2011"` → `13-2011`; other text is returned trimmed. */
export function stripExcelText(raw: string): string {
  const text = raw.trim();
  const match = /^="(.*)"$/.exec(text);
  return (match ? match[1]! : text).trim();
}
