/** A register address (beliggenhedsadresse) as Kontaktspor's RegisterAddress. */
import type { RegisterAddress } from '../../domain/register-company.js';
import type { Adresse } from './register-documents.js';
import { digits, paddedDigits, text } from './register-values.js';

// Floors the register writes as a bare number or abbreviation get the period Danish addresses use.
const ABBREVIATED_FLOOR = /^(\d+|st|kl|kld)$/i;

function houseNumber(address: Adresse): string {
  const from = digits(address.husnummerFra);
  if (from === null) return '';
  const to = digits(address.husnummerTil);
  const range = to !== null && to !== from ? `${from}-${to}` : from;
  return `${range}${text(address.bogstavFra) ?? ''}`;
}

/** "Algade 12B, 2. tv": street, number range, letter, then floor and door after a comma. */
export function streetLine(address: Adresse): string | null {
  const street = text(address.vejnavn);
  if (street === null) {
    const postboks = text(address.postboks) ?? digits(address.postboks);
    return text(address.fritekst) ?? (postboks !== null ? `Postboks ${postboks}` : null);
  }
  const head = [street, houseNumber(address)].filter((part) => part.length > 0).join(' ');
  const floor = text(address.etage);
  const unit = [floor !== null && ABBREVIATED_FLOOR.test(floor) ? `${floor}.` : floor, text(address.sidedoer)]
    .filter((part): part is string => part !== null)
    .join(' ');
  return unit.length > 0 ? `${head}, ${unit}` : head;
}

export function mapAddress(address: Adresse | null | undefined): RegisterAddress | null {
  if (typeof address !== 'object' || address === null) return null;
  const kommune = typeof address.kommune === 'object' && address.kommune !== null ? address.kommune : null;
  const mapped: RegisterAddress = {
    street: streetLine(address),
    // Danish postcodes are 4 digits and some start with 0 (0800 Høje Taastrup); the register gives numbers.
    postcode: paddedDigits(address.postnummer, 4) ?? digits(address.postnummer),
    city: text(address.postdistrikt) ?? text(address.bynavn),
    // Kommunekoder are 3 digits ("101" København, "265" Roskilde); a 0 is no municipality.
    municipalityCode: digits(kommune?.kommuneKode) === '0' ? null : paddedDigits(kommune?.kommuneKode, 3),
    countryCode: text(address.landekode),
  };
  return Object.values(mapped).some((value) => value !== null) ? mapped : null;
}
