import type { Translate } from '../core/messages';

/** Under a control an enterprise policy locked: why it cannot be changed. `id` is for aria-describedby. */
export function SetByOrganisationNote({ id, translate }: { readonly id: string; readonly translate: Translate }) {
  return (
    <p id={id} class="note managed">
      {translate('options_set_by_organisation')}
    </p>
  );
}
