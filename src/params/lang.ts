import type { ParamMatcher } from '@sveltejs/kit';
import { isEdition } from '$lib/i18n';

/** `/ar/…` is the Arabic edition; the English has no prefix. */
export const match: ParamMatcher = (param) => isEdition(param);
