import { describeArchiveOnNginx } from "../lib/archive-on-nginx.ts";
import { BUILT_FOR, DIST, reportFiles } from "./lib/dist.ts";

// dist/ as built for BASE_PATH: deploy/nginx/archive.conf at the root,
// deploy/nginx/archive-subpath.conf under a subpath.
describeArchiveOnNginx(
  DIST,
  BUILT_FOR.base,
  reportFiles().map((report) => report.slug),
);
