import { PSDateTime, PSHashtable, PSObject, type PSValue } from '../../runtime/values';

/**
 * Graph's JSON as the Microsoft Graph PowerShell SDK hands it to a script: typed model objects
 * (Microsoft.Graph.PowerShell.Models.MicrosoftGraphUser) whose properties are the resource's,
 * in PascalCase, null when the response did not carry them (so `Get-MgUser` without -Property
 * has an empty Country), with anything else in AdditionalProperties.
 *
 * The object reads the response's JSON in place and converts a property only when a script reads
 * it, so 50,000 users cost 50,000 small objects rather than 50,000 copies.
 */
export interface ModelSchema {
  readonly typeName: string;
  /** The model's properties, in the SDK's (alphabetical) order. */
  readonly properties: readonly string[];
  /** Properties holding other models: property name → schema key. */
  readonly nested?: Readonly<Record<string, string>>;
  /** Properties read from another JSON key (Entra's ObjectId is the id). */
  readonly aliases?: Readonly<Record<string, string>>;
  /** A name that picks the default view before the type's own (Entra's cmdlets show users their own way). */
  readonly view?: string;
}

const PREFIX = 'Microsoft.Graph.PowerShell.Models.MicrosoftGraph';

const schema = (name: string, properties: string, nested?: Record<string, string>): ModelSchema => ({
  typeName: `${PREFIX}${name}`,
  properties: properties.split(/\s+/).filter(Boolean),
  ...(nested ? { nested } : {}),
});

export const SCHEMAS: Readonly<Record<string, ModelSchema>> = {
  user: schema('User', `AboutMe AccountEnabled AgeGroup AssignedLicenses AssignedPlans BusinessPhones City CompanyName Country
    CreatedDateTime CreationType DeletedDateTime Department DisplayName EmployeeId EmployeeType ExternalUserState FaxNumber
    GivenName Id JobTitle LastPasswordChangeDateTime LicenseAssignmentStates Mail MailNickname Manager MemberOf MobilePhone
    OfficeLocation OnPremisesSyncEnabled OtherMails PasswordPolicies PasswordProfile PostalCode PreferredLanguage
    ProxyAddresses SignInSessionsValidFromDateTime State StreetAddress Surname UsageLocation UserPrincipalName UserType`,
  { AssignedLicenses: 'assignedLicense', LicenseAssignmentStates: 'licenseAssignmentState', PasswordProfile: 'passwordProfile', Manager: 'directoryObject', MemberOf: 'directoryObject' }),
  assignedLicense: schema('AssignedLicense', 'DisabledPlans SkuId'),
  licenseAssignmentState: schema('LicenseAssignmentState', 'AssignedByGroup DisabledPlans Error LastUpdatedDateTime SkuId State'),
  passwordProfile: schema('PasswordProfile', 'ForceChangePasswordNextSignIn ForceChangePasswordNextSignInWithMfa Password'),
  group: schema('Group', `AssignedLicenses Classification CreatedDateTime DeletedDateTime Description DisplayName GroupTypes
    Id IsAssignableToRole Mail MailEnabled MailNickname MembershipRule MembershipRuleProcessingState Members Owners
    ProxyAddresses SecurityEnabled Visibility`, { AssignedLicenses: 'assignedLicense', Members: 'directoryObject', Owners: 'directoryObject' }),
  directoryObject: schema('DirectoryObject', 'DeletedDateTime Id'),
  subscribedSku: schema('SubscribedSku', 'AccountId AccountName AppliesTo CapabilityStatus ConsumedUnits Id PrepaidUnits ServicePlans SkuId SkuPartNumber SubscriptionIds',
    { PrepaidUnits: 'licenseUnitsDetail', ServicePlans: 'servicePlanInfo' }),
  licenseUnitsDetail: schema('LicenseUnitsDetail', 'Enabled LockedOut Suspended Warning'),
  servicePlanInfo: schema('ServicePlanInfo', 'AppliesTo ProvisioningStatus ServicePlanId ServicePlanName'),
  licenseDetails: schema('LicenseDetails', 'Id ServicePlans SkuId SkuPartNumber', { ServicePlans: 'servicePlanInfo' }),
  domain: schema('Domain', `AuthenticationType AvailabilityStatus Id IsAdminManaged IsDefault IsInitial IsRoot IsVerified
    PasswordNotificationWindowInDays PasswordValidityPeriodInDays State SupportedServices`),
  conditionalAccessPolicy: schema('ConditionalAccessPolicy', 'Conditions CreatedDateTime Description DisplayName GrantControls Id ModifiedDateTime SessionControls State TemplateId'),
  domainDnsRecord: schema('DomainDnsRecord', 'Id IsOptional Label RecordType SupportedService Ttl'),
  unifiedRoleAssignment: schema('UnifiedRoleAssignment', 'AppScopeId DirectoryScopeId Id Principal PrincipalId RoleDefinition RoleDefinitionId',
    { Principal: 'directoryObject', RoleDefinition: 'unifiedRoleDefinition' }),
  unifiedRoleDefinition: schema('UnifiedRoleDefinition', 'Description DisplayName Id IsBuiltIn IsEnabled ResourceScopes RolePermissions TemplateId Version'),
  organization: schema('Organization', `BusinessPhones City Country CountryLetterCode CreatedDateTime DisplayName Id
    PostalCode PreferredLanguage State Street TenantType VerifiedDomains`),
  directoryAudit: schema('DirectoryAudit', `ActivityDateTime ActivityDisplayName AdditionalDetails Category CorrelationId Id
    InitiatedBy LoggedByService OperationType Result ResultReason TargetResources`),
};

function camel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

interface CompiledSchema {
  readonly schema: ModelSchema;
  /** Lower-cased property name → JSON key. */
  readonly keys: ReadonlyMap<string, string>;
  readonly known: ReadonlySet<string>;
}

const compiled = new Map<ModelSchema, CompiledSchema>();

function compile(model: ModelSchema): CompiledSchema {
  let found = compiled.get(model);
  if (!found) {
    const keys = new Map(model.properties.map((name) => [name.toLowerCase(), model.aliases?.[name] ?? camel(name)]));
    found = { schema: model, keys, known: new Set(keys.values()) };
    compiled.set(model, found);
  }
  return found;
}

const DATE_PROPERTY = /DateTime$/;

/** A JSON value as a PowerShell value: objects become models (or, untyped, objects of their own keys). */
export function fromGraphJson(value: unknown, nestedSchema?: ModelSchema, key?: string): PSValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return key && DATE_PROPERTY.test(key) ? (PSDateTime.parse(value) ?? value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((item) => fromGraphJson(item, nestedSchema, key));
  const record = value as Record<string, unknown>;
  return new GraphModelObject(nestedSchema ?? dynamicSchema(record), record);
}

const dynamicSchemas = new Map<string, ModelSchema>();

/** A schema for a complex value the console has no model for: its own keys, in PascalCase. */
function dynamicSchema(record: Record<string, unknown>): ModelSchema {
  const keys = Object.keys(record).filter((key) => !key.startsWith('@'));
  const signature = keys.join(',');
  let found = dynamicSchemas.get(signature);
  if (!found) {
    const odataType = typeof record['@odata.type'] === 'string' ? (record['@odata.type'] as string).replace('#microsoft.graph.', '') : 'Object';
    found = { typeName: `${PREFIX}${pascal(odataType)}`, properties: keys.map(pascal) };
    if (dynamicSchemas.size < 200) dynamicSchemas.set(signature, found);
  }
  return found;
}

export class GraphModelObject extends PSObject {
  private readonly model: CompiledSchema;
  private converted: Map<string, PSValue> | null = null;
  private additional: PSHashtable | null = null;

  constructor(
    schema: ModelSchema,
    /** The response's JSON, read in place and never changed. */
    private readonly data: Readonly<Record<string, unknown>>,
  ) {
    super();
    this.model = compile(schema);
  }

  get typeNames(): readonly string[] {
    const { view, typeName } = this.model.schema;
    return view ? [view, typeName] : [typeName];
  }

  override get typeName(): string {
    return this.model.schema.typeName;
  }

  /** The JSON the object was read from, for sending it back in a request body. */
  get json(): Readonly<Record<string, unknown>> {
    return this.data;
  }

  get(name: string): PSValue | undefined {
    const lower = name.toLowerCase();
    if (lower === 'additionalproperties') return this.additionalProperties();
    const key = this.model.keys.get(lower);
    if (key === undefined) return undefined;
    const cached = this.converted?.get(key);
    if (cached !== undefined) return cached;
    const raw = this.data[key];
    if (raw === null || raw === undefined) return null;
    if (typeof raw !== 'object' && !DATE_PROPERTY.test(key)) return raw as PSValue;
    const nestedName = this.model.schema.nested?.[pascal(key)];
    const value = fromGraphJson(raw, nestedName ? SCHEMAS[nestedName] : undefined, key);
    (this.converted ??= new Map()).set(key, value);
    return value;
  }

  set(name: string, value: PSValue): boolean {
    const key = this.model.keys.get(name.toLowerCase());
    if (key === undefined) return false;
    (this.converted ??= new Map()).set(key, value);
    return true;
  }

  propertyNames(): readonly string[] {
    return [...this.model.schema.properties, 'AdditionalProperties'];
  }

  private additionalProperties(): PSHashtable {
    if (!this.additional) {
      const table = new PSHashtable();
      for (const [key, value] of Object.entries(this.data)) {
        if (!this.model.known.has(key)) table.set(key, fromGraphJson(value, undefined, key));
      }
      this.additional = table;
    }
    return this.additional;
  }
}

/** A response body as models of the given kind: a collection's `value`, or one resource. */
export function toModels(body: unknown, kind: keyof typeof SCHEMAS, schema?: ModelSchema): GraphModelObject[] {
  const model = schema ?? SCHEMAS[kind]!;
  const record = body as { value?: unknown[] } | null;
  const items = record && Array.isArray(record.value) ? record.value : body ? [body] : [];
  return items.map((item) => new GraphModelObject(model, item as Record<string, unknown>));
}
