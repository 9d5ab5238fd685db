/**
 * The register files the import bench reads: a generated municipality as NDJSON (one `_source` a
 * line, as a distribution export), and the sync's file of renamed companies, historised the way the
 * emulator's register does it (old name closed, new one current, `sidstOpdateret` moved).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { generateMunicipality } from '../../src/demo/emulators/cvr/municipality.js';
import { CvrRegisterState } from '../../src/demo/emulators/cvr/cvr-state.js';
import type { RegisterSource } from '../../src/adapters/cvr/register-documents.js';

export interface RegisterFile {
  path: string;
  bytes: number;
  legalUnits: number;
  productionUnits: number;
}

export interface GeneratedRegister {
  file: RegisterFile;
  municipalityCode: string;
  documents: RegisterSource[];
  /** Legal units a correct municipality read returns. */
  expectedCvrs: string[];
}

/** Writes the documents one a line, minding the stream's back-pressure. */
export async function writeNdjson(path: string, documents: readonly RegisterSource[]): Promise<RegisterFile> {
  const out = createWriteStream(path);
  let bytes = 0;
  let legalUnits = 0;
  for (const doc of documents) {
    if ('Vrvirksomhed' in doc) legalUnits += 1;
    const line = `${JSON.stringify(doc)}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { path, bytes, legalUnits, productionUnits: documents.length - legalUnits };
}

export async function generateRegisterFile(
  path: string,
  options: { seed: number; legalUnits: number; now: Date },
): Promise<GeneratedRegister> {
  const municipality = generateMunicipality(options);
  const file = await writeNdjson(path, municipality.documents);
  return {
    file,
    municipalityCode: municipality.municipalityCode,
    documents: municipality.documents,
    expectedCvrs: municipality.expectedCvrs,
  };
}

/** The chosen companies renamed at `at`: each legal unit with its P-units, nothing else. */
export function renamedDocuments(documents: readonly RegisterSource[], cvrs: readonly string[], at: Date) {
  const wanted = new Set(cvrs);
  const picked = documents.filter((doc) =>
    'Vrvirksomhed' in doc
      ? wanted.has(String(doc.Vrvirksomhed.cvrNummer))
      : wanted.has(String(doc.VrproduktionsEnhed.produktionsEnhedMetadata?.nyesteCvrNummerRelation)),
  );
  const state = new CvrRegisterState(picked);
  for (const cvr of cvrs) {
    const name = state.legalUnit(cvr)?.virksomhedMetadata?.nyesteNavn?.navn ?? cvr;
    state.rename(cvr, `${name} (omdøbt)`, at);
  }
  return [...state.sources('virksomhed'), ...state.sources('produktionsenhed')];
}
