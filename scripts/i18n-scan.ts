// Lists the text written into components instead of the message catalogs: `npx tsx scripts/i18n-scan.ts [folders…]`.
import { hardCodedStrings } from "../tests/support/hard-coded-strings";

const folders = process.argv.slice(2);
const found = hardCodedStrings(process.cwd(), folders.length > 0 ? folders : ["app", "features", "platform"]);
for (const { file, line, text } of found) console.log(`${file}:${line}  ${text}`);
console.log(`${found.length} hard-coded string(s)`);
process.exitCode = found.length > 0 ? 1 : 0;
