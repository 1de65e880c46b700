/**
 * The simulated public DNS: the zones the learner "owns" at a registrar, outside the tenant.
 * Microsoft 365 only reads them (to verify a domain and to check its service records); the
 * learner edits them on a page that stands for their DNS host. The fields are the ones a DNS
 * host's record form shows, not Graph's domainDnsRecord, because this is the registrar's data.
 */
export type DnsRecordType = 'TXT' | 'MX' | 'CNAME' | 'SRV';

interface DnsRecordFields {
  /**
   * The host name relative to the zone: `@` for the zone apex, else labels such as
   * `autodiscover` or `selector1._domainkey`. For SRV records the service and protocol labels
   * are kept apart, as DNS hosts' forms do, and `name` is what follows them (usually `@`).
   */
  readonly name: string;
  /** Time to live in seconds. */
  readonly ttl: number;
}

export interface TxtRecordFields extends DnsRecordFields {
  readonly type: 'TXT';
  /** The TXT value, e.g. `MS=ms12345678` or `v=spf1 include:spf.protection.outlook.com -all`. */
  readonly value: string;
}

export interface MxRecordFields extends DnsRecordFields {
  readonly type: 'MX';
  /** "Points to address": the mail server's host name. */
  readonly value: string;
  /** 0–65535; lower is tried first. */
  readonly priority: number;
}

export interface CnameRecordFields extends DnsRecordFields {
  readonly type: 'CNAME';
  /** "Points to address": the canonical host name. */
  readonly value: string;
}

export interface SrvRecordFields extends DnsRecordFields {
  readonly type: 'SRV';
  /** e.g. `_sip`. */
  readonly service: string;
  /** e.g. `_tls` or `_tcp`. */
  readonly protocol: string;
  /** "Target": the host that offers the service. */
  readonly value: string;
  readonly priority: number;
  readonly weight: number;
  readonly port: number;
}

/** A record as the learner enters it; the TTL defaults to one hour. */
export type DnsRecordInput =
  | (Omit<TxtRecordFields, 'ttl'> & { readonly ttl?: number })
  | (Omit<MxRecordFields, 'ttl'> & { readonly ttl?: number })
  | (Omit<CnameRecordFields, 'ttl'> & { readonly ttl?: number })
  | (Omit<SrvRecordFields, 'ttl'> & { readonly ttl?: number });

export type DnsRecordData = TxtRecordFields | MxRecordFields | CnameRecordFields | SrvRecordFields;

/** A record in a zone; its id is a number unique within the zone, as DNS hosts number rows. */
export type DnsRecord = DnsRecordData & { readonly id: string };

/** One zone at the registrar. Its id is the zone name in lower case, e.g. `fabrikam.com`. */
export interface DnsZone {
  readonly id: string;
  readonly records: readonly DnsRecord[];
  /** The number the next record gets. */
  readonly nextRecordNumber: number;
}
