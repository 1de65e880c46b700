/** IPv4 addresses and CIDR ranges, for named locations and sign-ins. */

export function parseIpv4(text: string): number | undefined {
  const parts = text.trim().split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

export interface Ipv4Range {
  readonly first: number;
  readonly last: number;
}

/** `203.0.113.0/24` as its first and last address, or undefined when it isn't IPv4 CIDR notation. */
export function parseCidr(text: string): Ipv4Range | undefined {
  const [address, bits, extra] = text.trim().split('/');
  if (address === undefined || bits === undefined || extra !== undefined || !/^\d{1,2}$/.test(bits)) return undefined;
  const prefix = Number(bits);
  const base = parseIpv4(address);
  if (base === undefined || prefix > 32) return undefined;
  const size = 2 ** (32 - prefix);
  const first = Math.floor(base / size) * size;
  return { first, last: first + size - 1 };
}

/** Entra refuses ranges wider than /8 in an IP named location. */
export const MIN_PREFIX = 8;

export function prefixOf(cidr: string): number {
  return Number(cidr.split('/')[1]);
}

const rangeCache = new Map<string, Ipv4Range | undefined>();

export function inRange(ip: number, cidr: string): boolean {
  let range = rangeCache.get(cidr);
  if (range === undefined && !rangeCache.has(cidr)) {
    range = parseCidr(cidr);
    rangeCache.set(cidr, range);
  }
  return range !== undefined && ip >= range.first && ip <= range.last;
}
