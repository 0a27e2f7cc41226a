/**
 * Does nothing to the tree. Its option, a digest of what the reports are
 * rendered with (src/lib/build/render-cache-key.ts), becomes part of the
 * Astro config, whose digest decides whether the content layer's cached
 * renderings are still good. Astro hashes the config as JSON, and plugins
 * are functions, so without this a change to a plugin (or to data a plugin
 * reads) would leave every unchanged report rendered the old way on the
 * next build.
 */
export default function remarkCacheKey(_options: { key: string }) {
  return undefined;
}
