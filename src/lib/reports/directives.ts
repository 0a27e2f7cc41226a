/**
 * Container directive names used in report bodies: the importer writes them
 * (src/lib/import/body-markdown.ts) and the renderer reads them
 * (src/plugins/remark-report-blocks.ts).
 */
export const CAPTION_DIRECTIVE = "caption";
export const POST_DIRECTIVE = "post";
