/** How terms and descriptions are compared: without regard to case, spacing, punctuation or Unicode form. Pure. */

/** A filter value as a key: "  Orthopedic   SURGERY " → "orthopedic surgery". */
export function normalizeTerm(value: string): string {
  return value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Words only, lower case, one space apart: "CT scan of the C-spine (3D)" → "ct scan of the c spine 3d". */
export function searchText(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
