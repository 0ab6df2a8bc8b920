/** Element ids derived from a field path, so error-summary links and aria attributes agree. */
export const veldId = (pad: string) => `veld-${pad.replace(/\./g, '-')}`;
export const hintId = (pad: string) => `${veldId(pad)}-hint`;
export const foutId = (pad: string) => `${veldId(pad)}-fout`;
/** The element the error summary links to: the input, or the first input of a group. */
export const doelId = (pad: string, isGroep: boolean) => (isGroep ? `${veldId(pad)}-0` : veldId(pad));
