/** Larger than any scenario, exam or progress file a learner should pick by mistake. */
const MAX_FILE_BYTES = 32 * 1024 * 1024;

export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** The file's text, or why it can't be read; a huge file is refused before it is read at all. */
export async function readTextFile(file: File, maxBytes = MAX_FILE_BYTES): Promise<ReadResult> {
  if (file.size > maxBytes) return { ok: false, message: `${file.name} is ${Math.ceil(file.size / 1024 / 1024)} MB; files up to ${Math.floor(maxBytes / 1024 / 1024)} MB can be imported.` };
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return { ok: false, message: `${file.name} can’t be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}
