import { defineCollection } from 'astro:content';
import { codesLoader, comparisonsLoader } from './loaders/validated-glob';
import { codeSchema, comparisonSchema } from './schemas';

const codes = defineCollection({ loader: codesLoader(), schema: codeSchema });
const comparisons = defineCollection({ loader: comparisonsLoader(), schema: comparisonSchema });

export const collections = { codes, comparisons };
