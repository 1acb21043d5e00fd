import { fail, runMain } from "./lib/cli";
import { lintApiDescription } from "./lib/api-description";

// `npm run api:lint`: the read API's OpenAPI description through Redocly CLI's recommended rules.
runMain(async () => {
  const { errors, warnings, problems } = lintApiDescription();
  for (const p of problems) console.log(`${p.ruleId}: ${p.message}`);
  if (errors + warnings > 0) fail(`The OpenAPI description has ${errors} errors and ${warnings} warnings.`);
  console.log("The OpenAPI description passes Redocly's recommended rules.");
});
