/** Graph's ipNamedLocation: IPv4 or IPv6 ranges in CIDR notation, optionally marked trusted. */
export interface IpNamedLocation {
  readonly id: string;
  readonly kind: 'ip';
  readonly displayName: string;
  readonly ipRanges: readonly string[];
  readonly isTrusted: boolean;
  readonly createdDateTime: string;
  readonly modifiedDateTime: string;
}

/** Graph's countryNamedLocation: ISO 3166 two-letter codes, by the client's IP address. */
export interface CountryNamedLocation {
  readonly id: string;
  readonly kind: 'country';
  readonly displayName: string;
  readonly countriesAndRegions: readonly string[];
  readonly includeUnknownCountriesAndRegions: boolean;
  readonly createdDateTime: string;
  readonly modifiedDateTime: string;
}

export type NamedLocation = IpNamedLocation | CountryNamedLocation;
