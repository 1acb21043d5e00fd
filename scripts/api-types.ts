import { writeFileSync } from "node:fs";
import { runMain } from "./lib/cli";
import { API_TYPES_FILE, apiTypesSource } from "./lib/api-description";

// `npm run api:types`: writes tests/support/api-types.ts, the read API's types for a typed client (see the README).
runMain(async () => {
  writeFileSync(API_TYPES_FILE, await apiTypesSource());
  console.log(`Wrote ${API_TYPES_FILE}`);
});
