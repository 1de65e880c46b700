import { useCallback, useState } from 'react';
import { parseUserCsv, type ParsedUserCsv } from '../../../../../../tenant';
import { selectOrganizationCountry } from '../../../../../../views/user-creation';
import { useTenant, useTenantStore } from '../../../../../tenant-context';
import { provisionUsers, type BulkOutcome } from './bulk-provision';

export type CsvStep = 'upload' | 'licenses' | 'review';

export const CSV_STEPS: readonly { readonly id: CsvStep | 'results'; readonly label: string; readonly heading: string }[] = [
  { id: 'upload', label: 'Add list of users', heading: 'Add list of users' },
  { id: 'licenses', label: 'Licenses', heading: 'Assign licenses' },
  { id: 'review', label: 'Review and finish', heading: 'Review and finish' },
  { id: 'results', label: 'Finish', heading: 'Finish' },
];

/** A file far bigger than 249 users could be is not read (it is the wrong file, and reading it would stall the page). */
export const MAX_FILE_BYTES = 1024 * 1024;

export interface UploadedFile {
  readonly name: string;
  readonly parsed: ParsedUserCsv;
}

type Added = Extract<BulkOutcome, { ok: true }>;

export interface AddUsersCsvWizard {
  readonly step: CsvStep;
  readonly file: UploadedFile | undefined;
  /** Why the chosen file could not be read at all. */
  readonly fileError: string | undefined;
  readonly usageLocation: string;
  /** The one product for everyone, or null for "without product license". */
  readonly skuId: string | null;
  readonly stepError: string | undefined;
  readonly addError: Extract<BulkOutcome, { ok: false }> | undefined;
  readonly added: Added | undefined;
  upload(file: File): Promise<void>;
  setUsageLocation(code: string): void;
  setSkuId(skuId: string | null): void;
  next(): void;
  back(): void;
  goTo(step: CsvStep): void;
  addUsers(): void;
}

/** Add multiple users: the file, its check against the tenant, one license for all, and "Add users". */
export function useAddUsersCsv(): AddUsersCsvWizard {
  const store = useTenantStore();
  const country = useTenant(selectOrganizationCountry);
  const [step, setStep] = useState<CsvStep>('upload');
  const [file, setFile] = useState<UploadedFile>();
  const [fileError, setFileError] = useState<string>();
  const [usageLocation, setUsageLocation] = useState(country);
  const [skuId, setSkuId] = useState<string | null>(null);
  const [stepError, setStepError] = useState<string>();
  const [addError, setAddError] = useState<Extract<BulkOutcome, { ok: false }>>();
  const [added, setAdded] = useState<Added>();

  const upload = useCallback(
    async (chosen: File) => {
      setStepError(undefined);
      if (chosen.size > MAX_FILE_BYTES) {
        setFile(undefined);
        setFileError(`${chosen.name} is larger than 1 MB. A file of 249 users is much smaller: check that you chose the right file.`);
        return;
      }
      const text = await chosen.text();
      // Checked against the tenant as it is now; "Add users" checks the rows again.
      setFile({ name: chosen.name, parsed: parseUserCsv(store.getTenant(), text) });
      setFileError(undefined);
    },
    [store],
  );

  const next = () => {
    if (step === 'upload') {
      if (!file || file.parsed.users.length === 0) {
        setStepError(file ? 'None of the rows in this file can be added. Fix the file and upload it again.' : 'Upload a CSV file with user information to continue.');
        return;
      }
      setStepError(undefined);
      setStep('licenses');
    } else if (step === 'licenses') {
      if (!usageLocation) {
        setStepError('Select a location.');
        return;
      }
      setStepError(undefined);
      setStep('review');
    }
  };

  const goTo = (target: CsvStep) => {
    setStepError(undefined);
    setAddError(undefined);
    setStep(target);
  };

  const back = () => goTo(step === 'review' ? 'licenses' : 'upload');

  const addUsers = () => {
    if (!file || added) return;
    const outcome = provisionUsers(store.send, { users: file.parsed.users, usageLocation, skuId });
    if (outcome.ok) setAdded(outcome);
    else setAddError(outcome);
  };

  return {
    step,
    file,
    fileError,
    usageLocation,
    skuId,
    stepError,
    addError,
    added,
    upload,
    setUsageLocation,
    setSkuId,
    next,
    back,
    goTo,
    addUsers,
  };
}
