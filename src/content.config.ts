import { defineCollection } from 'astro:content';
import { codesLoader, comparisonsLoader, familiesLoader, familyCodesLoader } from './loaders/validated-glob';
import { codeSchema, comparisonSchema, familyCodeSchema, familySchema } from './schemas';

const codes = defineCollection({ loader: codesLoader(), schema: codeSchema });
const familyCodes = defineCollection({ loader: familyCodesLoader(), schema: familyCodeSchema });
const families = defineCollection({ loader: familiesLoader(), schema: familySchema });
const comparisons = defineCollection({ loader: comparisonsLoader(), schema: comparisonSchema });

export const collections = { codes, familyCodes, families, comparisons };
