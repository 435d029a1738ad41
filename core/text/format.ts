export type Lang = 'vi' | 'en';

/**
 * Formats a number as Vietnamese offices write it (decimal comma, dot for thousands) or in
 * English. Trailing zeros are dropped unless `fixed` is set.
 *
 * @example
 * formatNumber(1784, 'vi')        //=> "1.784"
 * formatNumber(12.2134, 'vi', 2)  //=> "12,21"
 * formatNumber(12.2134, 'en', 2)  //=> "12.21"
 */
export function formatNumber(n: number, lang: Lang = 'vi', decimals?: number, fixed = false): string {
  if (!Number.isFinite(n)) return String(n);
  let s: string;
  if (decimals === undefined) {
    // up to 6 significant decimals, no float noise
    s = String(Number(n.toPrecision(12)));
    if (/e/i.test(s)) s = n.toFixed(6);
  } else {
    s = n.toFixed(decimals);
    if (!fixed && s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  }
  const neg = s.startsWith('-');
  if (neg) s = s.slice(1);
  const [int = '0', frac] = s.split('.');
  const group = lang === 'vi' ? '.' : ',';
  const dec = lang === 'vi' ? ',' : '.';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return (neg ? '-' : '') + grouped + (frac ? dec + frac : '');
}

/** A percentage: `formatPercent(12.21, 'vi')` //=> "12,21%" (the argument is in percent points). */
export function formatPercent(p: number, lang: Lang = 'vi', decimals = 2): string {
  return formatNumber(p, lang, decimals) + '%';
}
