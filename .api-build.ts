import { ensureBuild } from "./scripts/lib/build";
ensureBuild().then(() => console.log("BUILD OK"), (e) => { console.error(e); process.exit(1); });
