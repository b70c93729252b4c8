import { parsePlan } from "/work/main/lib/importer/parse";
import fs from "fs";
const r = parsePlan(fs.readFileSync(process.argv[2],"utf8"));
for (const i of r.items) console.log(JSON.stringify({t:i.title,d:i.description.slice(0,80),p:i.priority,s:i.status,c:i.category}));
for (const w of r.warnings) console.log("W", w.line, w.message.slice(0,150));
