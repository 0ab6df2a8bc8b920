/**
 * Element ids derived from a field path, so error-summary links and aria attributes agree. The
 * hint and error ids follow from the control's id in FormulierVeld (`<id>-hint`, `<id>-fout`).
 */
export const veldId = (pad: string) => `veld-${pad.replace(/\./g, '-')}`;
/** The element the error summary links to: the input, or the first input of a group. */
export const doelId = (pad: string, isGroep: boolean) => (isGroep ? `${veldId(pad)}-0` : veldId(pad));
