import type { useFormState } from '../../../../lib/form-state';
import type { ItemValues } from './form-values';

export type ItemForm = ReturnType<typeof useFormState<ItemValues>>;
